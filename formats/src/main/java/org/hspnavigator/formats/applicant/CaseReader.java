package org.hspnavigator.formats.applicant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.applicant.HspStatus;
import org.hspnavigator.engine.applicant.Household;
import org.hspnavigator.engine.applicant.Residence;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.profile.ProfileLimits;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.profile.DocumentKind;
import org.hspnavigator.formats.profile.JsonFields;
import org.hspnavigator.formats.profile.ProfileReader;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.hspnavigator.formats.profile.WrongDocumentException;
import org.hspnavigator.formats.validation.InvalidInputException;
import org.hspnavigator.formats.validation.JsonPath;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a case (docs/rules.md §18) from JSON. Every snapshot is a profile read by
 * {@link ProfileReader}, with two additions: its {@code referenceDate} is required (a snapshot says
 * from which day it describes the applicant; "today" would make a case mean something else every
 * day), and all snapshots give the same {@code birthDate}. Two snapshots on the same date are an
 * error; snapshots may be listed in any order. {@code residence} and its {@code continuousSince} may be
 * left out by an applicant abroad; the commands that need them say so ({@link ResidenceRequirement}). Dates of residence and of HSP status may not lie before
 * the birth date nor more than a year after today; children's birth dates may not lie after today
 * (an expected child is {@code pregnancy}). All problems are collected with their JSON paths.
 */
public final class CaseReader {

    static final List<String> CASE_FIELDS = DocumentKind.CASE.fieldNames();
    static final List<String> RESIDENCE_FIELDS = List.of("continuousSince", "hsp");
    static final List<String> HSP_FIELDS = List.of("since", "category", "recognizedPoints", "jSkip");
    static final List<String> HOUSEHOLD_FIELDS = List.of("spouseAnnualSalaryYen", "childrenBirthDates", "pregnancy",
            "spouseUnableToDoHousework");

    /** More snapshots than this are taken for a mistake (one per month for 40 years is 480). */
    public static final int MAX_SNAPSHOTS = 1_000;
    /** More children than this are taken for a mistake. */
    public static final int MAX_CHILDREN = 30;
    /** Recognized points above this are a typing mistake: real totals stay far below. */
    public static final int MAX_RECOGNIZED_POINTS = 300;

    private final ReferenceDates referenceDates;
    private final SnapshotReader snapshotReader;

    public CaseReader(ReferenceDates referenceDates) {
        this(referenceDates, new ProfileReader(referenceDates)::read);
    }

    /**
     * A reader whose snapshots are read by {@code snapshotReader}, which must answer as {@link ProfileReader}
     * with the same {@code referenceDates} would: a caller that keeps the profiles it has read gives them again.
     */
    public CaseReader(ReferenceDates referenceDates, SnapshotReader snapshotReader) {
        this.referenceDates = referenceDates;
        this.snapshotReader = snapshotReader;
    }

    /** Reads one snapshot of a case, as {@link ProfileReader#read} does. */
    @FunctionalInterface
    public interface SnapshotReader {
        Optional<Profile> read(JsonNode node, String path, List<Violation> violations);
    }

    /** Reads a whole document holding one case object. */
    public ApplicantCase read(InputStream in) throws InvalidInputException {
        byte[] text;
        try {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException(new Violation("", Problem.of("input.unreadable", String.valueOf(e.getMessage()))));
        }
        if (new String(text, StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidInputException(new Violation("", Problem.of("input.empty.case")));
        }
        JsonNode root = StrictJson.parse(new ByteArrayInputStream(text));
        if (DocumentKind.of(root).filter(DocumentKind.PROFILE::equals).isPresent()) {
            throw new WrongDocumentException(DocumentKind.PROFILE, DocumentKind.CASE, root);
        }
        List<Violation> violations = new ArrayList<>();
        Optional<ApplicantCase> read = read(root, "", violations);
        if (!violations.isEmpty() || read.isEmpty()) {
            throw new InvalidInputException(violations.isEmpty()
                    ? List.of(new Violation(JsonPath.ROOT, Problem.of("case.not"))) : violations);
        }
        return read.get();
    }

    /** Reads the case at {@code path}, adding every problem to {@code violations}; empty when there was any. */
    public Optional<ApplicantCase> read(JsonNode node, String path, List<Violation> violations) {
        int before = violations.size();
        Optional<JsonFields> fields = JsonFields.of(node, path, violations, CASE_FIELDS, "what.caseObject");
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        List<Profile> snapshots = snapshots(fields.get(), violations);
        Optional<LocalDate> birthDate = snapshots.isEmpty() ? Optional.empty()
                : Optional.of(snapshots.get(0).birthDate());
        Optional<Residence> residence = residence(fields.get(), birthDate);
        Household household = household(fields.get(), birthDate, violations);
        OptionalLong employerCategory = fields.get().numberedChoice("employerCategory",
                ApplicantCase.LOWEST_EMPLOYER_CATEGORY, ApplicantCase.HIGHEST_EMPLOYER_CATEGORY, "case.employerCategory");
        if (violations.size() != before || residence.isEmpty() || snapshots.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ApplicantCase(snapshots, residence.get(), household, employerCategory.isPresent()
                ? OptionalInt.of((int) employerCategory.getAsLong()) : OptionalInt.empty()));
    }

    private List<Profile> snapshots(JsonFields fields, List<Violation> violations) {
        fields.requirePresent("snapshots", "meaning.snapshots");
        List<JsonNode> elements = fields.array("snapshots", MAX_SNAPSHOTS, "what.profiles");
        if (fields.value("snapshots").filter(JsonNode::isArray).isPresent() && elements.isEmpty()) {
            fields.report("snapshots", Problem.of("case.noSnapshot"));
        }
        int before = violations.size();
        List<Profile> snapshots = new ArrayList<>();
        Map<LocalDate, String> pathByDate = new HashMap<>();
        Profile first = null;
        String firstPath = null;
        for (int i = 0; i < elements.size(); i++) {
            String path = JsonPath.element(fields.path("snapshots"), i);
            JsonNode element = elements.get(i);
            JsonNode date = element.isObject() ? element.get("referenceDate") : null;
            if (element.isObject() && (date == null || date.isNull())) {
                violations.add(new Violation(JsonPath.property(path, "referenceDate"), Problem.of(date == null
                        ? "required.missing" : "required.null", Problem.of("meaning.snapshotReferenceDate"))));
            }
            Optional<Profile> read = snapshotReader.read(element, path, violations);
            if (read.isEmpty() || date == null || date.isNull()) {
                continue;
            }
            Profile snapshot = read.get();
            String earlier = pathByDate.putIfAbsent(snapshot.referenceDate(), path);
            if (earlier != null) {
                violations.add(new Violation(JsonPath.property(path, "referenceDate"),
                        Problem.of("case.sameDate", snapshot.referenceDate(), earlier)));
                continue;
            }
            if (first == null) {
                first = snapshot;
                firstPath = path;
            } else if (!first.birthDate().equals(snapshot.birthDate())) {
                violations.add(new Violation(JsonPath.property(path, "birthDate"), Problem.of("case.otherBirthDate",
                        snapshot.birthDate(), JsonPath.property(firstPath, "birthDate"), first.birthDate())));
                continue;
            }
            snapshots.add(snapshot);
        }
        return violations.size() == before ? snapshots : List.of();
    }

    /** The residence; an applicant abroad gives none, or none of its start. */
    private Optional<Residence> residence(JsonFields fields, Optional<LocalDate> birthDate) {
        if (fields.isMissing("residence")) {
            return Optional.of(Residence.ABROAD);
        }
        return fields.object("residence", RESIDENCE_FIELDS, "what.residence").flatMap(residence -> {
            boolean abroad = residence.isMissing("continuousSince");
            Optional<LocalDate> since = abroad ? Optional.empty() : plausibleDate(residence, "continuousSince", birthDate);
            Optional<HspStatus> hsp = Optional.empty();
            boolean hspValid = true;
            if (!residence.isMissing("hsp")) {
                hsp = residence.object("hsp", HSP_FIELDS, "what.hsp").flatMap(h -> hsp(h, birthDate));
                hspValid = hsp.isPresent();
            }
            if ((since.isEmpty() && !abroad) || !hspValid) {
                return Optional.empty();
            }
            return Optional.of(new Residence(since, hsp));
        });
    }

    private Optional<HspStatus> hsp(JsonFields hsp, Optional<LocalDate> birthDate) {
        hsp.requirePresent("since", "meaning.hspSince");
        Optional<LocalDate> since = plausibleDate(hsp, "since", birthDate);
        hsp.requirePresent("category", "meaning.hspCategory");
        Optional<Category> category = hsp.enumValue("category", Category.class);
        boolean jSkip = hsp.bool("jSkip");
        if (!jSkip) {
            hsp.requirePresent("recognizedPoints", "meaning.recognizedPoints");
        }
        OptionalLong points = hsp.wholeNumber("recognizedPoints", 0, MAX_RECOGNIZED_POINTS, "unit.points");
        if (since.isEmpty() || category.isEmpty() || (points.isEmpty() && !jSkip)) {
            return Optional.empty();
        }
        return Optional.of(new HspStatus(since.get(), category.get(), (int) points.orElse(0), jSkip));
    }

    private Household household(JsonFields fields, Optional<LocalDate> birthDate, List<Violation> violations) {
        return fields.object("household", HOUSEHOLD_FIELDS, "what.household").map(household -> {
            long spouseSalary = household.wholeNumber("spouseAnnualSalaryYen", 0, ProfileLimits.MAX_ANNUAL_SALARY_YEN,
                    "unit.yen").orElse(0);
            List<LocalDate> children = new ArrayList<>();
            List<JsonNode> elements = household.array("childrenBirthDates", MAX_CHILDREN, "what.dates");
            for (int i = 0; i < elements.size(); i++) {
                String path = JsonPath.element(household.path("childrenBirthDates"), i);
                childBirthDate(household, elements.get(i), path, birthDate, violations).ifPresent(children::add);
            }
            return new Household(spouseSalary, children, household.bool("pregnancy"),
                    household.bool("spouseUnableToDoHousework"));
        }).orElse(Household.NONE);
    }

    private Optional<LocalDate> childBirthDate(JsonFields household, JsonNode element, String path,
            Optional<LocalDate> birthDate, List<Violation> violations) {
        Optional<LocalDate> date = household.dateElement(element, path);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = referenceDates.today();
        if (date.get().isAfter(today)) {
            violations.add(new Violation(path, Problem.of("case.childNotBorn", date.get(), today)));
            return Optional.empty();
        }
        if (birthDate.isPresent() && date.get().isBefore(birthDate.get())) {
            violations.add(new Violation(path, Problem.of("date.beforeBirth", date.get(), birthDate.get())));
            return Optional.empty();
        }
        return date;
    }

    /** A date of the applicant's life: not before the birth date, not more than a year after today. */
    private Optional<LocalDate> plausibleDate(JsonFields fields, String name, Optional<LocalDate> birthDate) {
        Optional<LocalDate> date = fields.date(name);
        if (date.isEmpty()) {
            return date;
        }
        if (birthDate.isPresent() && date.get().isBefore(birthDate.get())) {
            fields.report(name, Problem.of("date.beforeBirth", date.get(), birthDate.get()));
            return Optional.empty();
        }
        LocalDate latest = referenceDates.today().plusYears(ProfileLimits.MAX_YEARS_AHEAD);
        if (date.get().isAfter(latest)) {
            fields.report(name, Problem.of("date.tooFarAhead", date.get(), ProfileLimits.MAX_YEARS_AHEAD,
                    referenceDates.today()));
            return Optional.empty();
        }
        return date;
    }
}
