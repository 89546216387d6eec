package org.hspnavigator.report;

import org.hspnavigator.formats.text.BundleScriptsOfThisModule;

/**
 * The Traditional Chinese texts of the PDF reports are traditional characters and Taiwan's words, the Korean
 * ones Hangul beside the official Japanese terms.
 */
class BundleScriptsTest extends BundleScriptsOfThisModule {
}
