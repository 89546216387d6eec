/**
 * The workspace's pages: server-rendered Thymeleaf pages in five languages, over the same services as
 * the JSON API (applicants, snapshots, application files and their checklists, deadlines, the audit log,
 * members and tokens, the CSV import), working without JavaScript. Page controllers translate forms to
 * service calls and answers to views; no rule, no SQL and no access rule lives here: another
 * organization's ids are not found here because the services do not find them.
 */
package org.hspnavigator.web.workspace;
