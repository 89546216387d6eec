/**
 * Human wording of the engine's message keys: explanations of items, notes and verdicts, from the
 * message bundles of this package (English, and Japanese, Simplified and Traditional Chinese and Korean
 * bundles with the same keys); the labels and help texts of the questions of a profile and a case
 * ({@code fields}, {@code case-fields}); and the problems of bad input ({@code validation}).
 */
package org.hspnavigator.formats.text;
