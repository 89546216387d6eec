/**
 * The common myths about the HSP visa in words and as JSON: the texts of the {@code faq} bundle
 * (claim, verdict, rule per myth id of the engine's catalog) and the JSON shape of {@code hsp faq}.
 * Which claims exist and their verdicts come from the engine; no verdict is decided here.
 */
package org.hspnavigator.formats.faq;
