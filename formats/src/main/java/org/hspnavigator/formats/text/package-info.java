/**
 * Human wording of the engine's message keys: explanations of items, notes and verdicts, from the
 * message bundles of this package (English now; Japanese and Chinese bundles keep the same keys).
 */
package org.hspnavigator.formats.text;
