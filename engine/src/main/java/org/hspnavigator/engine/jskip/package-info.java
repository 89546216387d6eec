/**
 * J-Skip (特別高度人材制度, docs/rules.md §13): whether a profile meets the criteria of a category on its
 * reference date, and on which line. The thresholds are dated data (engine.table's J-Skip table);
 * this package holds the logic only and does not read files.
 */
package org.hspnavigator.engine.jskip;
