/**
 * The {@code hsp faq} command: the common myths about the HSP visa with their verdicts and the
 * official rules. Verdicts come from the engine's catalog and words from the formats bundle; the
 * command only selects and prints.
 */
package org.hspnavigator.cli.faq;
