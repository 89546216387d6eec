package org.hspnavigator.report;

import org.hspnavigator.formats.text.RepositoryFileNamesOfThisModule;

/** The reports' texts, in every language, cite official sources, never a file of the repository. */
class BundleCitationsTest extends RepositoryFileNamesOfThisModule {
}
