package org.hspnavigator.web;

import org.hspnavigator.formats.text.BundleScriptsOfThisModule;

/**
 * The Traditional Chinese texts of the pages, the workspace and the server's console are traditional characters
 * and Taiwan's words, the Korean ones Hangul beside the official Japanese terms; the rule books are checked by
 * RuleBookTranslationsTest.
 */
class BundleScriptsTest extends BundleScriptsOfThisModule {
}
