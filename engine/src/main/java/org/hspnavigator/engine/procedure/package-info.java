/**
 * The procedures of docs/rules.md §15 — Certificate of Eligibility, change of status, extension, permanent
 * residence: the documents each needs by employer category, the evidence for the point items claimed
 * (the smallest set that proves the threshold), the fee in force on the date and the deadlines and
 * duties with the time limits in force (dated data in this package's resources). Wording belongs to the formats module; reading
 * files other than the packaged tables does not happen here.
 */
package org.hspnavigator.engine.procedure;
