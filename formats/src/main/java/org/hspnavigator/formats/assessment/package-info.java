/**
 * The assessment JSON (docs/rules.md §18; the output of {@code hsp score --json} and of the API):
 * the contract's fields, plus explanations, sources and verdicts for people and tools that want them.
 */
package org.hspnavigator.formats.assessment;
