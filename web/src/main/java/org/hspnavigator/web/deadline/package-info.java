/**
 * The deadlines of the organization's applicants, computed by the engine from what is stored (the
 * expiry of the period of stay, the events of the application files, the case's permanent-residence
 * routes and points forecast), listed over a period and published as an iCalendar feed behind a secret
 * per-user URL that can be revoked.
 */
package org.hspnavigator.web.deadline;
