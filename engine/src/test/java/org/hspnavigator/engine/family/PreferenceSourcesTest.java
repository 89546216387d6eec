package org.hspnavigator.engine.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.engine.points.Source;
import org.junit.jupiter.api.Test;

/** Every family preference cites the official documents that give its rule, each with its address. */
class PreferenceSourcesTest {

    @Test
    void everyPreferenceCitesAnOfficialSource() {
        for (PreferenceId preference : PreferenceId.values()) {
            assertThat(preference.sources()).as(preference.id()).isNotEmpty();
            for (Source source : preference.sources()) {
                assertThat(source.url()).as(preference.id()).startsWith("https://www.moj.go.jp/");
            }
        }
    }

    @Test
    void theJSkipRulesCiteTheJSkipPage() {
        assertThat(PreferenceId.DOMESTIC_WORKER_J_SKIP.sources()).extracting(Source::id).contains("isa-jskip");
        assertThat(PreferenceId.PARENTS.sources()).extracting(Source::id).containsExactly("isa-preferential");
    }
}
