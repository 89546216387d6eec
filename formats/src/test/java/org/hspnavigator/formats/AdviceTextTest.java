package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hspnavigator.engine.advice.Advice;
import org.hspnavigator.engine.advice.Advisor;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.CareerYears;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.advice.AdviceJson;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Explanations;
import org.junit.jupiter.api.Test;

/**
 * Every advisor message renders completely in English, and every {@code advice.*} text of the bundle
 * is produced by the advisor for some applicant (no dead wording).
 */
class AdviceTextTest {

    private static final Advisor ADVISOR = new Advisor(PointsEngine.official());
    private static final Explanations EXPLANATIONS = Explanations.english();

    @Test
    void everyAdviceMessageRendersAndEveryAdviceTextIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Profile profile : profiles()) {
            for (Category category : Category.values()) {
                List<Message> messages = new ArrayList<>();
                ADVISOR.levers(profile, category).forEach(lever -> messages.add(lever.description()));
                Advice advice = ADVISOR.advise(profile, category, 80);
                advice.forecast().events().stream().map(ForecastEvent::reasons).forEach(messages::addAll);
                messages.add(Message.of("advice.assumption", category.name()));
                for (Message message : messages) {
                    assertThat(EXPLANATIONS.text(message)).as(message.key()).isNotBlank()
                            .doesNotContain("{", "}", "''", "BUSINESS_MANAGEMENT", "SPECIALIZED_TECHNICAL", "MASTER");
                    used.add(message.key());
                }
                assertThat(StrictJson.toText(new AdviceJson(EXPLANATIONS).write(advice, 100))).doesNotContain("{0");
            }
        }
        assertThat(used).isEqualTo(adviceKeys());
    }

    /** A sparse applicant today, and one in 2016, before the N2 tier and the bachelor's points in research. */
    private static List<Profile> profiles() {
        Profile today = Profile.builder(LocalDate.of(2026, 11, 27), LocalDate.of(1997, 1, 1), 2_500_000)
                .degree(new Degree(DegreeLevel.BACHELOR, Optional.of("Law"), false, false, false))
                .careerYears(new CareerYears(new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("2")))
                .build();
        Profile in2016 = Profile.builder(LocalDate.of(2016, 6, 1), LocalDate.of(1990, 1, 1), 6_000_000)
                .degree(new Degree(DegreeLevel.BACHELOR, Optional.of("Law"), false, false, false))
                .careerYears(new CareerYears(BigDecimal.ZERO, new BigDecimal("4"), BigDecimal.ZERO)).build();
        return List.of(today, in2016);
    }

    private static Set<String> adviceKeys() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Explanations.class.getResourceAsStream("messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("advice.")).forEach(keys::add);
        return keys;
    }
}
