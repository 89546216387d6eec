/**
 * The rule book as data: the rule sets by date with their official sources, and the point sheet in
 * force on a date, row by row, as the API serves them. Reading and checking the tables stays in the
 * engine.
 */
package org.hspnavigator.formats.rules;
