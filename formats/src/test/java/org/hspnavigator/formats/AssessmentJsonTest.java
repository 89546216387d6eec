package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.JapaneseLanguage;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The assessment JSON keeps the contract of docs/rules.md §18 and explains every item. */
class AssessmentJsonTest {

    private final AssessmentJson json = new AssessmentJson(Explanations.english());

    @Test
    void theContractFieldsAreThereWithScoringItemsOnlyUnderItems() throws InvalidInputException {
        Profile profile = Profile.builder(LocalDate.of(2026, 4, 1), LocalDate.of(1997, 1, 20), 5_200_000)
                .degree(new Degree(DegreeLevel.MASTER, Optional.of("Mechanical engineering"), true, false, false))
                .japaneseLanguage(new JapaneseLanguage(Optional.of(Jlpt.N2), OptionalInt.empty()))
                .build();
        JsonNode root = StrictJson.parse(json.text(PointsEngine.official().score(profile)));

        assertThat(root.get("referenceDate").stringValue()).isEqualTo("2026-04-01");
        assertThat(root.get("ruleSet").stringValue()).isEqualTo("2023-03-31");
        assertThat(root.get("bestCategory").isNull()).isTrue();
        JsonNode technical = root.get("assessments").get(1);
        assertThat(technical.get("category").stringValue()).isEqualTo("SPECIALIZED_TECHNICAL");
        assertThat(technical.get("points").intValue()).isEqualTo(60);
        assertThat(technical.get("eligible").booleanValue()).isFalse();
        assertThat(technical.get("meetsSalaryFloor").booleanValue()).isTrue();
        assertThat(technical.get("verdict").stringValue()).isEqualTo("short by 10 points");
        assertThat(technical.get("items")).allSatisfy(item -> {
            assertThat(item.get("points").intValue()).isPositive();
            assertThat(item.get("sources")).isNotEmpty();
            assertThat(item.get("explanation").stringValue()).isNotBlank();
        });
        assertThat(technical.get("notCounted")).allSatisfy(item -> assertThat(item.get("points").intValue()).isZero());
        assertThat(technical.get("notCounted")).anySatisfy(item -> {
            assertThat(item.get("id").stringValue()).isEqualTo("japaneseLanguage");
            assertThat(item.get("explanation").stringValue()).contains("not added on top of a degree from a Japanese");
        });
        assertThat(root.get("sources")).isNotEmpty().allSatisfy(source ->
                assertThat(source.get("url").stringValue()).startsWith("https://"));
    }

    @Test
    void academicResearchHasNoSalaryFloorAndStillMeetsIt() throws InvalidInputException {
        Profile profile = Profile.builder(LocalDate.of(2026, 4, 1), LocalDate.of(1996, 3, 1), 2_900_000).build();
        JsonNode root = StrictJson.parse(json.text(PointsEngine.official().score(profile)));
        JsonNode academic = root.get("assessments").get(0);
        assertThat(academic.get("salaryFloorYen").isNull()).isTrue();
        assertThat(academic.get("meetsSalaryFloor").booleanValue()).isTrue();
        JsonNode business = root.get("assessments").get(2);
        assertThat(business.get("meetsSalaryFloor").booleanValue()).isFalse();
        assertThat(business.get("verdict").stringValue())
                .isEqualTo("short by 70 points and below the ¥3,000,000 salary floor");
    }
}
