/**
 * The profile JSON of spec/profile.md read into the engine's {@code Profile}: every field checked
 * for type, range and plausibility, every problem reported with its JSON path, never a silent
 * default for something the user wrote wrong. A batch CSV row is read by the same code, seen as a
 * document through {@code ProfileValue}, so both syntaxes get the same checks in the same words; a
 * row whose every cell is plainly valid takes a shortcut to the same profile ({@code CsvRowFastPath}),
 * and every other row the general checks, which alone report problems.
 */
package org.hspnavigator.formats.profile;
