/**
 * The public API's PDF reports: a profile or a case in the body, the point calculation sheet or the
 * applicant summary out, as {@code hsp report} writes them. Keeps nothing; knows nothing of the
 * workspace, whose stored applicants have their own report endpoint.
 */
package org.hspnavigator.web.report;
