package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workspace names the documents of an application file and its procedures with the words of
 * docs/glossary.md, the terms every other text of the product uses (提出書類チェックリスト, 材料清單,
 * 제출 서류 체크리스트), so that a consultant meets one word for one thing on every page and report.
 */
class WorkspaceGlossaryTermsTest {

    /** Each bundle's suffix and its language's column in the glossary (id, 日本語, English, 中文, 繁體中文, 한국어). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"_ja, 1", "'', 2", "_zh, 3", "_zh_Hant, 4", "_ko, 5"})
    void theChecklistAndTheProceduresAreNamedAsTheGlossaryNamesThem(String suffix, int column) throws IOException {
        Map<String, String> glossary = glossaryColumn(column);
        Properties texts = PageBundle.load("i18n/workspace" + suffix + ".properties");
        assertThat(texts.getProperty("ws.checklist.title")).isEqualToIgnoringCase(glossary.get("checklist"));
        if (column == 2) {
            return; // English names the procedures by the short forms of the ISA's English pages.
        }
        for (String procedure : new String[] {"COE", "CHANGE", "EXTENSION", "PERMANENT_RESIDENCE"}) {
            assertThat(texts.getProperty("ws.procedure." + procedure)).as(procedure)
                    .startsWith(glossary.get(procedure));
        }
    }

    /** The terms of one column of the glossary's tables, by the id in the first column. */
    private static Map<String, String> glossaryColumn(int column) throws IOException {
        Map<String, String> terms = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "glossary.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length > column + 1) {
                terms.putIfAbsent(cells[1].trim(), cells[column + 1].trim());
            }
        }
        return terms;
    }
}
