/**
 * {@code hsp report}: reads one profile and writes the point calculation report (ポイント計算表) of a
 * category as PDF. The layout and the wording live in the report module, the scoring in the engine;
 * this package only reads the options and writes the file.
 */
package org.hspnavigator.cli.report;
