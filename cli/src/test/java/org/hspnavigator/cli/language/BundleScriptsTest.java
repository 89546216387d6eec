package org.hspnavigator.cli.language;

import org.hspnavigator.formats.text.BundleScriptsOfThisModule;

/**
 * The command line's Traditional Chinese texts are traditional characters and Taiwan's words, its Korean ones
 * Hangul beside the official Japanese terms.
 */
class BundleScriptsTest extends BundleScriptsOfThisModule {
}
