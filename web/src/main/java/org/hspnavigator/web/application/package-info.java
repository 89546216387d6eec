/**
 * Application files: the procedure of each (CoE, change of status, extension, permanent residence,
 * HSP(ii)), its status and the transitions allowed, its dated events, and the checklist of
 * {@code hsp checklist} with each item marked collected or not.
 */
package org.hspnavigator.web.application;
