/**
 * Procedure checklists in words and as JSON: the shape of {@code hsp checklist --json} and its
 * readable report, worded from the {@code checklist} bundle. What a procedure needs is decided in the
 * engine's procedure package, never here.
 */
package org.hspnavigator.formats.procedure;
