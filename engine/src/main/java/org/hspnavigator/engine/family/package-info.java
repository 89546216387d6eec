/**
 * Preferential treatment of the HSP(i) holder's family (docs/rules.md §14, and the J-Skip extras
 * of §13): spouse employment, bringing a parent, and the four types of domestic worker — eligible or
 * not on a date, why, and until when, with the thresholds and age limits of family.tsv in force on
 * that date (dated data in this package's resources). The input is plain facts (salaries, children's
 * birth dates, flags); reading a case file and wording the results belong to the formats module.
 */
package org.hspnavigator.engine.family;
