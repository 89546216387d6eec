package org.hspnavigator.cli.language;

import org.hspnavigator.formats.text.RepositoryFileNamesOfThisModule;

/** The command line's texts, in every language, cite official sources, never a file of the repository. */
class BundleCitationsTest extends RepositoryFileNamesOfThisModule {
}
