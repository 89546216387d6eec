/**
 * The case JSON (docs/rules.md §18: an applicant over time) read into the engine's
 * {@code ApplicantCase}: each snapshot checked as a profile, the residence, household and employer
 * category checked for type, range and consistency, every problem reported with its JSON path
 * ({@code snapshots[1].birthDate}); and which questions need the residence in Japan that an applicant
 * abroad leaves out. No rule is applied here.
 */
package org.hspnavigator.formats.applicant;
