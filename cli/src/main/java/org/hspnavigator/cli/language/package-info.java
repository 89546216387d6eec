/**
 * The language of a command's texts: the {@code --lang} option shared by the commands that print
 * texts, how it falls back to {@code HSP_LANG} and the system's language, and the words of the
 * readable outputs themselves (headings, column names, verdict lines) in the {@code texts} bundles of
 * this package, and the translations of the commands' usage help in its {@code help} bundles. The engine's explanations are worded by the formats module; nothing here scores.
 */
package org.hspnavigator.cli.language;
