/**
 * The vocabulary of the points system shared by tables, rules and results: the three categories,
 * the criterion ids of docs/rules.md §18, age bands, official sources, and the itemized result
 * values. Only value types live here; no table is read and no point is computed in this package.
 */
package org.hspnavigator.engine.points;
