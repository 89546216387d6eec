/**
 * Personal-data requests about an applicant: the export of everything stored about them as one JSON
 * document, and their erasure; both are recorded in the audit log.
 */
package org.hspnavigator.web.privacy;
