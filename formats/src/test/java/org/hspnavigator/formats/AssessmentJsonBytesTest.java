package org.hspnavigator.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Item;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.formats.assessment.AssessmentJson;
import org.hspnavigator.formats.assessment.DocumentAssessment;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ProfileDocuments;
import org.hspnavigator.formats.profile.ProfileDocuments.ProfileDocument;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The assessment JSON, written straight to bytes, is the text Jackson writes for the same tree with its
 * {@link DefaultPrettyPrinter} (its mapper, to UTF-8 bytes), byte for byte: seeded random profiles (one or an array, labelled with
 * ids full of quotes, backslashes, control characters, non-BMP characters, lone surrogates and line
 * separators), each category alone or all, in the five languages, read back into a tree and written
 * again by Jackson's generator.
 */
class AssessmentJsonBytesTest {

    private static final PointsEngine ENGINE = PointsEngine.official();
    private static final ProfileReader READER = new ProfileReader(new ReferenceDates(
            Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC), ENGINE.ruleBook().earliestDate()));
    private static final String[] IDS = {"Mr. Zhang", "\"quoted\" and \\ back\\slash", "tab\tline\ncr\r\u0001\u001F\u007F",
        "漢字かな 한국어 繁體字", "emoji \uD83D\uDE00 𠀋", "lone \uD800 high", "lone \uDC00 low", "\u2028\u2029",
        "</script>/", "\uFEFFbom é"};
    private static final String[] LEVELS = {"DOCTORATE", "MASTER", "BACHELOR", "MBA_MOT", "PROFESSIONAL"};
    private static final String[] JLPT = {"N1", "N2", "N3", "N4", "N5"};
    private static final String[] POSITIONS = {"NONE", "REPRESENTATIVE", "DIRECTOR"};

    @Test
    void randomAssessmentsAreTheBytesJacksonWritesForTheirTree() throws InvalidInputException {
        Random random = new Random(20261206);
        int compared = 0;
        for (int i = 0; i < 200; i++) {
            JsonNode input = random.nextInt(4) == 0 ? profiles(random) : profile(random);
            ProfileDocument document = ProfileDocuments.read(input, READER);
            Set<Category> categories = random.nextBoolean() ? EnumSet.allOf(Category.class)
                    : EnumSet.of(Category.values()[random.nextInt(Category.values().length)]);
            DocumentAssessment assessed = DocumentAssessment.of(document, categories, ENGINE);
            for (Language language : Language.values()) {
                AssessmentJson writer = new AssessmentJson(Explanations.of(language));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.write(assessed, out);
                String text = out.toString(StandardCharsets.UTF_8);
                assertThat(text).as("profile %d in %s", i, language).isEqualTo(jackson(StrictJson.parse(text)))
                        .isEqualTo(writer.text(assessed));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(1_000);
    }

    /**
     * The texts written in place (each item's explanation, each note, each J-Skip basis) are those of
     * {@link Explanations#text}, whose patterns {@code MessagePatternsTest} holds to MessageFormat's.
     */
    @Test
    void textsWrittenInPlaceAreTheExplanationsTextsSeed20261207() throws InvalidInputException {
        Random random = new Random(20261207);
        int compared = 0;
        for (int i = 0; i < 100; i++) {
            DocumentAssessment assessed = DocumentAssessment.of(ProfileDocuments.read(profile(random), READER),
                    EnumSet.allOf(Category.class), ENGINE);
            ScoreResult result = assessed.results().get(0);
            for (Language language : Language.values()) {
                Explanations explanations = Explanations.of(language);
                JsonNode written = StrictJson.parse(new AssessmentJson(explanations).text(assessed));
                for (int a = 0; a < result.assessments().size(); a++) {
                    Assessment assessment = result.assessments().get(a);
                    JsonNode category = written.get("assessments").get(a);
                    int counted = 0;
                    int notCounted = 0;
                    for (Item item : assessment.items()) {
                        JsonNode entry = item.points() > 0 ? category.get("items").get(counted++)
                                : category.get("notCounted").get(notCounted++);
                        assertThat(entry.get("explanation").asString()).isEqualTo(explanations.text(item.explanation()));
                        compared++;
                    }
                    for (int n = 0; n < assessment.notes().size(); n++) {
                        assertThat(category.get("notes").get(n).get("message").asString())
                                .isEqualTo(explanations.text(assessment.notes().get(n)));
                    }
                    assertThat(category.get("jSkip").get("basis").asString())
                            .isEqualTo(explanations.text(assessed.jSkip().get(0).get(assessment.category()).basis()));
                }
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    private static ArrayNode profiles(Random random) {
        ArrayNode profiles = StrictJson.nodes().arrayNode();
        for (int i = random.nextInt(4); i >= 0; i--) {
            profiles.add(profile(random));
        }
        return profiles;
    }

    /** A valid profile with random answers: each group of fields present or not. */
    private static ObjectNode profile(Random random) {
        ObjectNode profile = StrictJson.nodes().objectNode();
        if (random.nextInt(3) > 0) {
            profile.put("id", IDS[random.nextInt(IDS.length)] + random.nextInt(100));
        }
        LocalDate reference = LocalDate.of(2014 + random.nextInt(13), 1 + random.nextInt(12), 1 + random.nextInt(28));
        profile.put("referenceDate", reference.toString());
        profile.put("birthDate", reference.minusYears(20 + random.nextInt(40)).minusDays(random.nextInt(365)).toString());
        profile.put("annualSalaryYen", random.nextInt(40) * 500_000L);
        if (random.nextBoolean()) {
            ArrayNode degrees = profile.putArray("degrees");
            for (int i = random.nextInt(3); i > 0; i--) {
                ObjectNode degree = degrees.addObject().put("level", LEVELS[random.nextInt(LEVELS.length)])
                        .put("inJapan", random.nextBoolean());
                if (random.nextBoolean()) {
                    degree.put("japaneseMajor", random.nextBoolean());
                }
            }
        }
        if (random.nextBoolean()) {
            profile.putObject("careerYears").put("academicResearch", random.nextInt(15))
                    .put("specializedTechnical", random.nextInt(15)).put("businessManagement", random.nextInt(15));
        }
        if (random.nextBoolean()) {
            profile.putObject("research").put("patents", random.nextInt(3)).put("papers", random.nextInt(5))
                    .put("grantFundedProjects", random.nextInt(4)).put("otherRecognized", random.nextBoolean());
        }
        if (random.nextBoolean()) {
            profile.putObject("japaneseLanguage").put("jlpt", JLPT[random.nextInt(JLPT.length)]);
        }
        if (random.nextBoolean()) {
            profile.put("position", POSITIONS[random.nextInt(POSITIONS.length)]);
        }
        if (random.nextBoolean()) {
            profile.put("investmentYen", random.nextInt(3) * 50_000_000L);
        }
        if (random.nextBoolean()) {
            profile.putObject("employer").put("innovationSupport", random.nextBoolean()).put("sme", random.nextBoolean());
        }
        if (random.nextBoolean()) {
            profile.put("foreignQualification", random.nextBoolean());
        }
        if (random.nextBoolean()) {
            profile.putObject("training").put("innovativeAsia", random.nextBoolean());
        }
        return profile;
    }

    /** The tree as Jackson's mapper writes it, to UTF-8 bytes, with its default pretty printer. */
    private static String jackson(JsonNode tree) {
        return new String(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree),
                StandardCharsets.UTF_8);
    }
}
