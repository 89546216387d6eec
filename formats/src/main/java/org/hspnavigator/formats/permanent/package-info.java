/**
 * The JSON of {@code hsp pr} (docs/rules.md §11 and §18): the permanent-residence routes
 * of a case, the warnings and reminders, and the additive {@code hspTwo} section. Writes only; the
 * rules live in the engine.
 */
package org.hspnavigator.formats.permanent;
