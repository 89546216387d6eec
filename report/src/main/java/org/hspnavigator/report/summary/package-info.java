/**
 * The applicant summary: one or two pages an applicant keeps, built from the engine's results of a
 * profile or a case ({@link org.hspnavigator.report.summary.ApplicantSummaries}) and drawn as PDF with
 * its wording in each report language. The engine decides every figure; this package only chooses what
 * to show and lays it out.
 */
package org.hspnavigator.report.summary;
