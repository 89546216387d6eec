package org.hspnavigator.engine.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.hspnavigator.engine.table.TableFormatException;
import org.junit.jupiter.api.Test;

class MythCatalogTest {

    private final MythCatalog catalog = MythCatalog.official();

    @Test
    void holdsTheTwentyTwoClaimsOfTheSeedListInOrder() {
        assertThat(catalog.all()).extracting(Myth::id)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q",
                        "r", "s", "t", "u", "v");
    }

    @Test
    void verdictsFollowTheSeedList() {
        assertThat(catalog.all()).filteredOn(m -> m.verdict() == Verdict.TRUE).extracting(Myth::id)
                .containsExactly("b", "o", "p");
        assertThat(catalog.all()).filteredOn(m -> m.verdict() == Verdict.TRUE_WITH_CONDITIONS).extracting(Myth::id)
                .containsExactly("c", "e", "v");
        assertThat(catalog.all()).filteredOn(m -> m.verdict() == Verdict.FALSE).extracting(Myth::id)
                .containsExactly("d", "g", "i", "k", "n", "q", "t", "u");
        assertThat(catalog.all()).filteredOn(m -> m.verdict() == Verdict.PARTLY).extracting(Myth::id)
                .containsExactly("a", "f", "h", "j", "l", "m", "r", "s");
    }

    @Test
    void everyMythCitesTheRuleBook() {
        assertThat(catalog.all()).allSatisfy(myth ->
                assertThat(myth.sections()).isNotEmpty().allMatch(s -> s.matches("docs/rules\\.md §[0-9]+")));
        assertThat(catalog.byId("e").orElseThrow().sections()).containsExactly("docs/rules.md §14");
        assertThat(catalog.byId("w")).isEmpty();
    }

    @Test
    void refusesARepeatedId() {
        assertThatThrownBy(() -> read("id\tverdict\tsections\na\tTRUE\tdocs/rules.md §11\na\tFALSE\tdocs/rules.md §11\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("myths.tsv:3").hasMessageContaining("repeats");
    }

    @Test
    void refusesAnUnknownVerdictAndABadId() {
        assertThatThrownBy(() -> read("id\tverdict\tsections\na\tMAYBE\tdocs/rules.md §11\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("MAYBE");
        assertThatThrownBy(() -> read("id\tverdict\tsections\nA1\tTRUE\tdocs/rules.md §11\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("column id");
        assertThatThrownBy(() -> read("id\tverdict\tsections\na\tTRUE\tdocs/rules.md §11,\n"))
                .isInstanceOf(TableFormatException.class).hasMessageContaining("empty entry");
    }

    private static MythCatalog read(String text) throws Exception {
        return MythCatalog.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
