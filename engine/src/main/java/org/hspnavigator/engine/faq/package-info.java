/**
 * The common myths about the HSP visa as data: each claim's id, the verdict
 * against the official rules and the sections of the rule book that give the rule. The wording of
 * claims and rules is presentation and lives in the message bundles of the formats module, keyed
 * by the same ids; nothing here holds user-facing text.
 */
package org.hspnavigator.engine.faq;
