package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.ScoringCase;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Every message the engine produces on the case files has English text with all its arguments
 * filled in, and every item or note text of the bundle is used by some case (no dead wording).
 */
class ExplanationsTest {

    private final Explanations explanations = Explanations.english();

    @Test
    void everyMessageOfEveryCaseRendersCompletely() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Assessment assessment : assessmentsOfAllCases()) {
            List<Message> messages = new ArrayList<>(assessment.notes());
            assessment.items().stream().map(Item::explanation).forEach(messages::add);
            for (Message message : messages) {
                String text = explanations.text(message);
                assertThat(text).as(message.key()).isNotBlank().doesNotContain("{", "}", "''");
                used.add(message.key());
            }
            assertThat(explanations.verdict(assessment)).isNotBlank().doesNotContain("{");
        }
        Set<String> worded = new TreeSet<>();
        for (String key : bundleKeys()) {
            if (key.startsWith("item.") || key.startsWith("note.")) {
                worded.add(key);
            }
        }
        assertThat(used).as("message keys the cases produce").isEqualTo(worded);
    }

    @Test
    void valuesAndNumbersReadNaturally() {
        assertThat(explanations.text(Message.of("item.education", "MASTER", 1, "Physics")))
                .isEqualTo("a master's degree in Physics");
        assertThat(explanations.text(Message.of("item.education.noField", "DOCTORATE", 2)))
                .isEqualTo("a doctorate, the best-scoring of your 2 degrees in this category");
        assertThat(explanations.text(Message.of("item.salary.ageGated", 8_000_000L, "¥8,000,000 to under ¥9,000,000", 32)))
                .isEqualTo("¥8,000,000 at age 32: bracket ¥8,000,000 to under ¥9,000,000");
        assertThat(explanations.text(Message.of("item.career", 1L, "BUSINESS_MANAGEMENT")))
                .isEqualTo("1 year of business management or administration");
    }

    private static List<Assessment> assessmentsOfAllCases() {
        PointsEngine engine = PointsEngine.official();
        ProfileReader reader = new ProfileReader(new ReferenceDates(Clock.systemUTC(), engine.ruleBook().earliestDate()));
        List<Assessment> assessments = new ArrayList<>();
        for (ScoringCase scoringCase : CaseFiles.scoringCases()) {
            List<Violation> violations = new ArrayList<>();
            Profile profile = reader.read(scoringCase.input(), "", violations).orElseThrow();
            assessments.addAll(engine.score(profile).assessments());
        }
        return assessments;
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Explanations.class.getResourceAsStream("messages.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
