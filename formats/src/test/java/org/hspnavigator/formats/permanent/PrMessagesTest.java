package org.hspnavigator.formats.permanent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.hsptwo.HspTwo;
import org.hspnavigator.engine.hsptwo.HspTwoResult;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.jskip.JSkipCriteria;
import org.hspnavigator.engine.jskip.JSkipVerdict;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.JSkipTable;
import org.hspnavigator.engine.table.TableSource;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.applicant.CaseReader;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.cases.CaseFiles.PrCase;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.text.Explanations;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of {@code hsp pr} renders completely on the case files, and every text of the bundle
 * for permanent residence, J-Skip and HSP(ii) is produced by some case (no dead wording).
 */
class PrMessagesTest {

    private static final List<String> PREFIXES = List.of("pr.", "jskip.", "hsp2.", "reminder.pr.", "reminder.hsp2.");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyMessageRendersAndEveryTextIsUsed() throws Exception {
        CaseReader reader = new CaseReader(new ReferenceDates(CLOCK, RuleBook.official().earliestDate()));
        Explanations explanations = Explanations.english();
        Set<String> used = new TreeSet<>();
        for (PrCase prCase : CaseFiles.prCases()) {
            ApplicantCase applicant = reader.read(new ByteArrayInputStream(
                    StrictJson.toText(prCase.input()).getBytes(StandardCharsets.UTF_8)));
            LocalDate date = LocalDate.parse(prCase.applicationDate());
            PermanentResidenceResult result = PermanentResidence.official().assess(applicant, date);
            HspTwoResult hspTwo = HspTwo.official().assess(applicant, date);
            List<Message> messages = new ArrayList<>(result.warnings());
            messages.addAll(result.reminders());
            messages.addAll(hspTwo.reasons());
            messages.addAll(hspTwo.reminders());
            for (RouteResult route : result.routes()) {
                messages.addAll(route.reasons());
            }
            for (Message message : messages) {
                assertThat(explanations.text(message)).as(message.key()).isNotBlank().doesNotContain("{", "}", "''");
                collect(message, used);
            }
        }
        for (Message abroad : abroadReasons()) {
            assertThat(explanations.text(abroad)).as(abroad.key()).doesNotContain("{");
            collect(abroad, used);
        }
        Message degreeOnly = degreeOnlyTableVerdict();
        assertThat(explanations.text(degreeOnly)).contains("master's degree", "¥20,000,000").doesNotContain("{");
        collect(degreeOnly, used);
        Set<String> worded = new TreeSet<>();
        for (String key : bundleKeys()) {
            if (PREFIXES.stream().anyMatch(key::startsWith)) {
                worded.add(key);
            }
        }
        assertThat(used).as("message keys the cases produce").containsAll(worded);
    }

    /**
     * An applicant abroad (no continuous residence in Japan), whom {@code hsp pr} refuses but the engine
     * answers: no route is met, and each says that it needs the residence.
     */
    private static List<Message> abroadReasons() {
        Profile profile = Profile.builder(LocalDate.of(2020, 1, 1), LocalDate.of(1980, 1, 1), 30_000_000).build();
        ApplicantCase abroad = new ApplicantCase(List.of(profile), Residence.ABROAD, Household.NONE, OptionalInt.empty());
        PermanentResidenceResult result = PermanentResidence.official().assess(abroad, LocalDate.of(2026, 11, 27));
        List<Message> reasons = new ArrayList<>();
        for (RouteResult route : result.routes()) {
            assertThat(route.met()).as(route.route().name()).isFalse();
            assertThat(route.earliestDate()).as(route.route().name()).isEmpty();
            reasons.addAll(route.reasons());
        }
        assertThat(reasons).extracting(Message::key).contains("pr.residence.none");
        return reasons;
    }

    /** The official table has no category with a degree line only; a table that had one must still be worded. */
    private static Message degreeOnlyTableVerdict() {
        String table = "category\tbasis\tmin_experience_years\tmin_salary_yen\teffective_from\teffective_to\tsource\n"
                + "SPECIALIZED_TECHNICAL\tGRADUATE_DEGREE\t0\t20000000\t2023-04-21\t\tisa-jskip\n";
        TableSource official = TableSource.official();
        JSkipTable degreeOnly = JSkipTable.load(file -> file.equals("j-skip.tsv")
                ? Optional.of(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))) : official.open(file));
        Profile profile = Profile.builder(LocalDate.of(2026, 1, 1), LocalDate.of(1980, 1, 1), 30_000_000).build();
        JSkipVerdict verdict = new JSkipCriteria(degreeOnly).assess(profile, Category.SPECIALIZED_TECHNICAL);
        assertThat(verdict.met()).isFalse();
        return verdict.basis();
    }

    private static void collect(Message message, Set<String> used) {
        used.add(message.key());
        for (Object argument : message.arguments()) {
            if (argument instanceof Message nested) {
                collect(nested, used);
            }
        }
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Explanations.class.getResourceAsStream("messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
