/**
 * The applicant profile: what a person brings to the points system on one reference date (degrees,
 * career, salary, research, Japanese language, employer facts). Plain immutable values mirroring the
 * profile JSON of docs/rules.md §18, plus the plausibility limits every reader of profiles enforces.
 * No rules live here: nothing in this package knows how many points anything is worth.
 */
package org.hspnavigator.engine.profile;
