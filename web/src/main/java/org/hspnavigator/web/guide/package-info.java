/**
 * The guide pages, open to anyone and in the five languages' page chrome: the common claims about the
 * HSP visa with what the rules say (the engine's myths), the rule book docs/rules.md and its
 * translations (docs/rules.ja.md and the others, named by the pages' language tags) rendered on the
 * server with its official sources linked, and the page shown for an address that is no page. No
 * rule lives here: the texts are the engine's, the formats' and the rule book's.
 */
package org.hspnavigator.web.guide;
