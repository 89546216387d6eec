package org.hspnavigator.formats.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.engine.faq.MythCatalog;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bundle and the engine's catalog name the same myths: every myth has its words, no text is orphaned. */
class MythTextsTest {

    private final MythCatalog catalog = MythCatalog.official();
    private final MythTexts texts = MythTexts.english();

    @Test
    void everyMythHasAClaimAVerdictAndARule() {
        for (Myth myth : catalog.all()) {
            assertThat(texts.claim(myth)).as(myth.id()).isNotBlank();
            assertThat(texts.verdict(myth)).as(myth.id()).isNotBlank();
            assertThat(texts.rule(myth)).as(myth.id()).isNotBlank().isNotEqualTo(texts.claim(myth));
        }
    }

    @Test
    void everyMythTextBelongsToAMythOfTheCatalog() {
        Set<String> expected = new TreeSet<>();
        for (Myth myth : catalog.all()) {
            for (String part : new String[] {"claim", "verdict", "rule"}) {
                expected.add("faq." + myth.id() + "." + part);
            }
        }
        Set<String> mythKeys = new TreeSet<>(texts.keys());
        mythKeys.removeIf(key -> key.startsWith("faq.heading.") || key.startsWith("faq.source."));
        Set<String> commands = new TreeSet<>(mythKeys);
        commands.removeIf(key -> !key.endsWith(".command"));
        mythKeys.removeAll(commands);
        assertThat(mythKeys).isEqualTo(expected);
        for (String command : commands) {
            assertThat(expected).as(command).contains(command.replace(".command", ".rule"));
        }
    }

    @Test
    void theRuleNamesNoCommandTheCommandLineAloneSaysWhatToRun() {
        for (Language language : Language.values()) {
            MythTexts inLanguage = MythTexts.of(language);
            for (Myth myth : catalog.all()) {
                assertThat(inLanguage.rule(myth)).as(language + " " + myth.id()).doesNotContain("hsp ");
            }
            Myth family = catalog.all().stream().filter(myth -> myth.id().equals("e")).findFirst().orElseThrow();
            assertThat(inLanguage.command(family)).as(language.tag()).hasValueSatisfying(
                    command -> assertThat(command).contains("'hsp family'"));
        }
    }

    @Test
    void everySourceHasItsNameInEveryLanguageTheEnglishOneAsTheCatalogWritesIt() {
        Set<String> names = new TreeSet<>();
        for (Myth myth : catalog.all()) {
            for (String section : myth.sections()) {
                assertThat(texts.source(section)).isEqualTo(section);
                if (!section.startsWith("docs/rules.md")) {
                    int address = section.indexOf(" https://");
                    names.add(MythTexts.sourceKey(address < 0 ? section : section.substring(0, address)));
                    for (Language language : Language.values()) {
                        if (language != Language.EN) {
                            String written = MythTexts.of(language).source(section);
                            assertThat(written).as(language + " " + section).doesNotContain(
                                    "ISA", "Immigration Control Act", "ordinance", "guideline", "notice", "item", "revised");
                            assertThat(written.endsWith(section.substring(Math.max(address, 0)))).isEqualTo(address >= 0);
                        }
                    }
                }
            }
        }
        Set<String> sourceKeys = new TreeSet<>(texts.keys());
        sourceKeys.removeIf(key -> !key.startsWith("faq.source."));
        assertThat(sourceKeys).isEqualTo(names);
        assertThat(MythTexts.of(Language.JA).source("docs/rules.md §11")).isEqualTo("docs/rules.md §11");
    }

    @Test
    void theVerdictWordsAgreeWithTheVerdict() {
        for (Myth myth : catalog.all()) {
            String words = texts.verdict(myth);
            switch (myth.verdict()) {
                case TRUE -> assertThat(words).as(myth.id()).isEqualTo("true");
                case FALSE -> assertThat(words).as(myth.id()).isEqualTo("false");
                case PARTLY -> assertThat(words).as(myth.id()).isEqualTo("partly");
                case TRUE_WITH_CONDITIONS -> assertThat(words).as(myth.id()).startsWith("true").isNotEqualTo("true");
                default -> throw new AssertionError(myth.verdict());
            }
        }
    }

    @Test
    void jsonCarriesIdVerdictTextsAndOfficialSources() {
        JsonNode node = new MythJson(texts).write(catalog.byId("d").orElseThrow());
        assertThat(node.get("id").stringValue()).isEqualTo("d");
        assertThat(node.get("verdict").stringValue()).isEqualTo("FALSE");
        assertThat(node.get("verdictText").stringValue()).isEqualTo("false");
        assertThat(node.get("rule").stringValue()).contains("特定活動");
        assertThat(node.has("sections")).isFalse();
        assertThat(node.get("sources").get(0).stringValue()).doesNotContain("rules.md").contains("33");
    }
}
