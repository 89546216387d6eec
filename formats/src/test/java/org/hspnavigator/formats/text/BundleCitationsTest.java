package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The texts of this module (questions and their help, checklists, family texts, FAQ, problems of bad input)
 * cite official sources, never a file of the repository; and the check itself finds such a file.
 */
class BundleCitationsTest extends RepositoryFileNamesOfThisModule {

    @Test
    void aRepositoryFileIsFound() {
        assertThat(RepositoryFileNames.named("Age counts completed years (docs/rules.md §5).")).isNotEmpty();
        assertThat(RepositoryFileNames.named("規則集: system.md §1")).containsExactly("system.md");
        assertThat(RepositoryFileNames.named("see points.md and README.md")).containsExactly("points.md", "README.md");
    }

    @Test
    void officialSourcesAndAddressesPass() {
        assertThat(RepositoryFileNames.named("（ポイント計算表、高度専門職省令第1条）")).isEmpty();
        assertThat(RepositoryFileNames.named("ISA Q&A https://www.moj.go.jp/isa/applications/resources/newimmiact_3_qa.html"))
                .isEmpty();
        assertThat(RepositoryFileNames.named("The rules page, §{0}")).isEmpty();
    }
}
