/**
 * Human wording of the engine's message keys: explanations of items, notes and verdicts, from the
 * message bundles of this package (English now; Japanese and Chinese bundles keep the same keys); and
 * the labels and help texts of the questions of a profile and a case ({@code fields},
 * {@code case-fields}).
 */
package org.hspnavigator.formats.text;
