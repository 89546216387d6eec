/**
 * The JSON of {@code hsp pr} (spec/profile.md, "Case ... and hsp pr"): the permanent-residence routes
 * of a case, the warnings and reminders, and the additive {@code hspTwo} section. Writes only; the
 * rules live in the engine.
 */
package org.hspnavigator.formats.permanent;
