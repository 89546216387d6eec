package org.hspnavigator.formats.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.permanent.Route;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.procedure.Checklist;
import org.hspnavigator.engine.procedure.ChecklistRequest;
import org.hspnavigator.engine.procedure.Checklists;
import org.hspnavigator.engine.procedure.Deadline;
import org.hspnavigator.engine.procedure.Document;
import org.hspnavigator.engine.procedure.Procedure;
import org.hspnavigator.engine.procedure.SheetEvidence;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.MessageTexts;
import org.junit.jupiter.api.Test;

/**
 * Over every procedure, employer category, timing and a few profiles, every checklist message renders
 * completely, and every message text of the {@code checklist} bundle is produced (no dead wording).
 */
class ChecklistTextsTest {

    /** Keys the report and JSON use for layout rather than as engine messages; a trailing dot names a prefix. */
    private static final List<String> LAYOUT = List.of("checklist.heading", "checklist.named",
            "checklist.employerCategory", "checklist.employerCategory.none",
            "checklist.points", "checklist.documents", "checklist.evidenceHeading", "checklist.evidenceNone",
            "checklist.atStartHeading",
            "checklist.fees", "checklist.fee.", "checklist.channel.", "checklist.deadlines", "checklist.warnings",
            "checklist.notes", "checklist.singleSource", "checklist.jSkip", "checklist.evidenceHeading.jSkip",
            "checklist.atStartHeading.jSkip", "checklist.procedure.", "checklist.item.points");

    private final MessageTexts texts = MessageTexts.english("checklist");
    private final Checklists checklists = Checklists.official();

    @Test
    void everyMessageRendersAndEveryTextIsUsed() {
        Set<String> produced = new TreeSet<>();
        for (SheetEvidence line : SheetEvidence.values()) {
            produced.add(line.key());
            assertThat(texts.format(line.key())).isNotBlank();
        }
        ChecklistReport report = new ChecklistReport(texts, Explanations.english());
        ChecklistJson json = new ChecklistJson(texts, Explanations.english());
        LocalDate expiryBase = LocalDate.of(2026, 11, 27);
        List<Optional<LocalDate>> expiries = List.of(Optional.empty(), Optional.of(expiryBase.plusMonths(6)),
                Optional.of(expiryBase.minusDays(1)));
        for (Profile profile : profiles()) {
            for (Procedure procedure : Procedure.values()) {
                for (int category = 1; category <= 4; category++) {
                    for (Optional<LocalDate> expiry : expiries) {
                        for (int history = 0; history < 5; history++) {
                            // 3: the category of a status held; 4: a permanent-residence route found met.
                            Checklist checklist = checklists.build(new ChecklistRequest(procedure, profile,
                                    OptionalInt.of(category), history == 3 ? Optional.of(Category.ACADEMIC_RESEARCH)
                                            : Optional.empty(), expiry, history(history, profile),
                                    history == 4 ? Optional.of(seventyPointRouteMet(profile)) : Optional.empty()));
                            checkTexts(checklist, report, json, produced);
                        }
                    }
                }
            }
        }
        // The J-Skip route: proved by the criteria at the start, and by a J-Skip status held (none at the start).
        for (boolean held : List.of(false, true)) {
            LocalDate date = held ? LocalDate.of(2024, 6, 1) : LocalDate.of(2026, 11, 27);
            Checklist checklist = checklists.build(ChecklistRequest.of(jSkipHolder(held), Procedure.PR, date,
                    Optional.empty()).orElseThrow());
            assertThat(checklist.jSkip()).isPresent();
            assertThat(checklist.atStart().isPresent()).isEqualTo(!held);
            checkTexts(checklist, report, json, produced);
            assertThat(report.render(checklist)).contains("J-Skip criteria");
        }
        Set<String> messageKeys = new TreeSet<>(texts.keys());
        messageKeys.removeIf(key -> LAYOUT.stream().anyMatch(l -> l.endsWith(".") ? key.startsWith(l) : key.equals(l)));
        assertThat(produced).isEqualTo(messageKeys);
    }

    private void checkTexts(Checklist checklist, ChecklistReport report, ChecklistJson json, Set<String> produced) {
        List<Message> messages = new ArrayList<>(checklist.notes());
        messages.addAll(checklist.warnings());
        checklist.documents().stream().map(Document::text).forEach(messages::add);
        checklist.deadlines().stream().map(Deadline::text).forEach(messages::add);
        for (Message message : messages) {
            produced.add(message.key());
            assertThat(texts.text(message)).as(message.key()).doesNotContain("{").isNotBlank();
        }
        assertThat(report.render(checklist)).doesNotContain("{");
        assertThat(json.write(checklist).get("documents").size()).isPositive();
    }

    private static RouteResult seventyPointRouteMet(Profile profile) {
        LocalDate date = profile.referenceDate();
        return new RouteResult(Route.POINTS_70, true, Optional.of(date), Optional.empty(), date.minusYears(3),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * A master's degree and ¥25,000,000 from 2023-09-01 (¥19,999,999 before); with {@code held}, a J-Skip
     * status since 2023-06-01, which meets the J-Skip route on 2024-06-01 though the criteria then were not.
     */
    private static ApplicantCase jSkipHolder(boolean held) {
        Degree master = new Degree(DegreeLevel.MASTER, Optional.of("Computer science"), false, false, false);
        LocalDate birth = LocalDate.of(1975, 1, 1);
        List<Profile> snapshots = List.of(
                Profile.builder(LocalDate.of(2020, 1, 1), birth, 19_999_999).degree(master).build(),
                Profile.builder(LocalDate.of(2023, 9, 1), birth, 25_000_000).degree(master).build());
        Optional<HspStatus> status = held
                ? Optional.of(new HspStatus(LocalDate.of(2023, 6, 1), Category.SPECIALIZED_TECHNICAL, 0, true))
                : Optional.empty();
        return new ApplicantCase(snapshots, new Residence(LocalDate.of(2020, 1, 1), status), Household.NONE,
                OptionalInt.empty());
    }

    /** No history, the same facts earlier, or nothing to score earlier (salary 0). */
    private static Function<LocalDate, Optional<Profile>> history(int variant, Profile profile) {
        return switch (variant) {
            case 1 -> date -> Optional.of(profile.withReferenceDate(date));
            case 2 -> date -> Optional.of(Profile.builder(date, profile.birthDate(), 0).build());
            default -> date -> Optional.empty();
        };
    }

    private static List<Profile> profiles() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        return List.of(
                Profile.builder(day, LocalDate.of(1994, 6, 15), 12_000_000).build(),
                Profile.builder(day, LocalDate.of(1994, 6, 15), 2_000_000).build(),
                // 80 points in specialized/technical: doctorate 30 + ¥12M 40 + age 10.
                Profile.builder(day, LocalDate.of(1994, 6, 15), 12_000_000)
                        .degree(new Degree(DegreeLevel.DOCTORATE, Optional.of("Physics"), false, false, false)).build(),
                // Most points in specialized/technical (qualifications), but below its ¥3,000,000 floor.
                Profile.builder(day, LocalDate.of(1994, 6, 15), 2_900_000).japaneseNationalQualifications(2)
                        .degree(new Degree(DegreeLevel.DOCTORATE, Optional.of("Physics"), false, false, false)).build(),
                Profile.builder(LocalDate.of(2023, 3, 16), LocalDate.of(1994, 6, 15), 4_000_000).build(),
                Profile.builder(day, LocalDate.of(1996, 6, 15), 8_000_000)
                        .degree(new Degree(DegreeLevel.DOCTORATE, Optional.of("Physics"), false, false, false))
                        .build());
    }
}
