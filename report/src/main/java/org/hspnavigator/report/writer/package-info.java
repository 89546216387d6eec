/**
 * The one entry to the reports for the command line and the server: which report ({@link
 * org.hspnavigator.report.writer.ReportKind}), of which applicant, in which language, written as PDF
 * bytes. Reading input and answering requests stay with the callers.
 */
package org.hspnavigator.report.writer;
