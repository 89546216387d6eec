/**
 * The profile (docs/rules.md §18) read into the engine's {@code Profile}. {@link
 * org.hspnavigator.formats.profile.ProfileField} is the table of its fields (name, JSON path, CSV
 * column, type, bounds, default, message keys) that the readers and the forms work from; one reader,
 * {@link org.hspnavigator.formats.profile.ProfileReader}, walks it over a JSON profile or a CSV row
 * alike, with one parser per field type, so that both syntaxes get the same checks in the same words:
 * every field checked for type, range and plausibility, every problem reported where the syntax names
 * the field, never a silent default for something written wrong. A CSV cell is also read in the forms a
 * spreadsheet kept in Japan writes, where their meaning is certain ({@code SpreadsheetForms}); JSON is
 * read strictly. A document of profiles is read whole or a profile at a time
 * ({@link org.hspnavigator.formats.profile.ProfileStream}). The code written for the speed of a
 * batch's rows rather than for plainness is all in one class, {@code HotLoopText}. A profile's
 * optional {@code id} labels it beside the engine's profile ({@code LabelledProfile}); a case given
 * where a profile is read is recognised by its fields ({@code DocumentKind}). Scoring does not live
 * here.
 */
package org.hspnavigator.formats.profile;
