package org.hspnavigator.web;

import org.hspnavigator.formats.text.RepositoryFileNamesOfThisModule;

/**
 * The texts of the pages, the workspace and the server's console, in every language, cite official sources,
 * never a file of the repository.
 */
class BundleCitationsTest extends RepositoryFileNamesOfThisModule {
}
