package org.hspnavigator.engine.jskip;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.table.JSkipBasis;
import org.hspnavigator.engine.table.JSkipLine;
import org.hspnavigator.engine.table.JSkipTable;

/**
 * 特別高度人材 (J-Skip) criteria, docs/rules.md §13 (ISA, 特別高度人材制度, from 2023-04-21): HSP(i) without
 * points. Academic research and specialized/technical: a master's degree or higher (DOCTORATE,
 * MBA_MOT, MASTER or PROFESSIONAL) and a salary of at least ¥20,000,000, or 10 years of experience in
 * the intended work and at least ¥20,000,000; business management: 5 years of business management
 * experience and at least ¥40,000,000. Experience counts completed years of the category's
 * {@code careerYears} (docs/rules.md §13). No date before the first line of the
 * table meets them.
 */
public final class JSkipCriteria {

    private final JSkipTable table;

    public JSkipCriteria(JSkipTable table) {
        this.table = table;
    }

    public static JSkipCriteria official() {
        return new JSkipCriteria(JSkipTable.official());
    }

    /** The first day J-Skip exists. */
    public LocalDate firstDate() {
        return table.firstDate();
    }

    /** Every line in force on a date, all categories: what the answers of that date depend on. */
    public List<JSkipLine> linesOn(LocalDate date) {
        return table.linesOn(date);
    }

    /** The criteria of one category on the profile's reference date. */
    public JSkipVerdict assess(Profile profile, Category category) {
        LocalDate date = profile.referenceDate();
        List<JSkipLine> lines = table.linesOn(date, category);
        if (lines.isEmpty()) {
            return new JSkipVerdict(date, Optional.of(category), Optional.empty(),
                    Message.of("jskip.notInForce", date, table.firstDate()));
        }
        long salary = profile.annualSalaryYen();
        long years = profile.careerYears().completedIn(category);
        for (JSkipLine line : lines) {
            if (meets(profile, line, years)) {
                Message basis = line.basis() == JSkipBasis.GRADUATE_DEGREE
                        ? Message.of("jskip.met.GRADUATE_DEGREE", salary, line.minSalaryYen())
                        : Message.of("jskip.met.EXPERIENCE", years, line.minExperienceYears(), category.name(), salary,
                                line.minSalaryYen());
                return new JSkipVerdict(date, Optional.of(category), Optional.of(line), basis);
            }
        }
        return new JSkipVerdict(date, Optional.of(category), Optional.empty(), missing(profile, lines, years, category));
    }

    /**
     * The criteria in any category (a case without an HSP status): the first category that meets
     * them in the order of {@link Category}, or a verdict saying that none does.
     */
    public JSkipVerdict assessAny(Profile profile) {
        JSkipVerdict[] verdicts = new JSkipVerdict[Category.values().length];
        for (Category category : Category.values()) {
            JSkipVerdict verdict = assess(profile, category);
            if (verdict.met()) {
                return verdict;
            }
            verdicts[category.ordinal()] = verdict;
        }
        if (table.linesOn(profile.referenceDate(), Category.ACADEMIC_RESEARCH).isEmpty()
                && table.linesOn(profile.referenceDate(), Category.SPECIALIZED_TECHNICAL).isEmpty()
                && table.linesOn(profile.referenceDate(), Category.BUSINESS_MANAGEMENT).isEmpty()) {
            return new JSkipVerdict(profile.referenceDate(), Optional.empty(), Optional.empty(),
                    verdicts[0].basis());
        }
        return new JSkipVerdict(profile.referenceDate(), Optional.empty(), Optional.empty(),
                Message.of("jskip.notMetInAnyCategory", verdicts[0].basis(), verdicts[1].basis(), verdicts[2].basis()));
    }

    private static boolean meets(Profile profile, JSkipLine line, long years) {
        if (profile.annualSalaryYen() < line.minSalaryYen()) {
            return false;
        }
        return switch (line.basis()) {
            case GRADUATE_DEGREE -> hasGraduateDegree(profile);
            case EXPERIENCE -> years >= line.minExperienceYears();
        };
    }

    private static Message missing(Profile profile, List<JSkipLine> lines, long years, Category category) {
        Optional<JSkipLine> degreeLine = first(lines, JSkipBasis.GRADUATE_DEGREE);
        Optional<JSkipLine> experienceLine = first(lines, JSkipBasis.EXPERIENCE);
        long salary = profile.annualSalaryYen();
        if (degreeLine.isPresent() && experienceLine.isPresent()) {
            return Message.of("jskip.notMet.degreeOrExperience", degreeLine.get().minSalaryYen(),
                    experienceLine.get().minExperienceYears(), category.name(), experienceLine.get().minSalaryYen(),
                    hasGraduateDegree(profile) ? 1 : 0, years, salary);
        }
        if (experienceLine.isPresent()) {
            return Message.of("jskip.notMet.experience", experienceLine.get().minExperienceYears(), category.name(),
                    experienceLine.get().minSalaryYen(), years, salary);
        }
        return Message.of("jskip.notMet.degree", degreeLine.orElseThrow().minSalaryYen(),
                hasGraduateDegree(profile) ? 1 : 0, salary);
    }

    /** The first line of a basis: a loop, as every API answer asks it for each category not met. */
    private static Optional<JSkipLine> first(List<JSkipLine> lines, JSkipBasis basis) {
        for (JSkipLine line : lines) {
            if (line.basis() == basis) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** "Master's degree or higher (incl. professional degrees)": every level but a bachelor's. */
    static boolean hasGraduateDegree(Profile profile) {
        for (Degree degree : profile.degrees()) {
            if (degree.level().isGraduate()) {
                return true;
            }
        }
        return false;
    }
}
