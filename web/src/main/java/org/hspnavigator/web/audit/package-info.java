/**
 * The append-only audit log: who read or changed which applicant, logins and token use, each entry
 * naming rows by id and holding no personal data; and its reading by owners.
 */
package org.hspnavigator.web.audit;
