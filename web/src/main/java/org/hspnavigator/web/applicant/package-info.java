/**
 * Applicants and their case (docs/rules.md §18): dated profile snapshots, residence, household, employer
 * category; every assessment made, with its rule set, date and engine version; the import of a batch
 * CSV file; and the export and erasure of an applicant's data. Every query is bound to the caller's
 * {@link org.hspnavigator.web.security.ApplicantScope}.
 */
package org.hspnavigator.web.applicant;
