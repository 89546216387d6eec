/**
 * The point calculation report (ポイント計算表) of one category: what it shows, built from a score
 * result and the rule set in force ({@link org.hspnavigator.report.sheet.PointSheets}), its wording
 * in each report language, and its drawing as PDF. Scoring stays in the engine: this package only
 * lays out the engine's items and rows.
 */
package org.hspnavigator.report.sheet;
