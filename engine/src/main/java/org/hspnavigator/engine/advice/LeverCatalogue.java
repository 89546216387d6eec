package org.hspnavigator.engine.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.hspnavigator.engine.calendar.CompletedYears;
import org.hspnavigator.engine.points.AgeBand;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.points.CriterionId;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.engine.profile.Degree;
import org.hspnavigator.engine.profile.DegreeLevel;
import org.hspnavigator.engine.profile.Employer;
import org.hspnavigator.engine.profile.ExecutivePosition;
import org.hspnavigator.engine.profile.JapaneseLanguage;
import org.hspnavigator.engine.profile.Jlpt;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.profile.Research;
import org.hspnavigator.engine.scoring.Assessment;
import org.hspnavigator.engine.table.PointRow;
import org.hspnavigator.engine.table.RuleSet;
import org.hspnavigator.engine.table.Threshold;

/**
 * The levers that can raise one applicant's points in one category: every real change the point
 * table rewards (docs/rules.md §2 to §9), stated as the smallest change that earns the next points, and kept
 * only when it is consistent with the profile and adds points on its own on the reference date or
 * on one of the waiting dates (no JLPT N2 for a holder of N1, no qualification outside
 * specialized/technical, no N2 beside a Japanese degree).
 *
 * <p>Not offered, because they are not changes an applicant makes: another recognized research
 * achievement (a ministerial recognition), the Innovative Asia training (a programme one is selected
 * for), a designated university (only through a new degree, which this catalogue keeps generic), and
 * a change of the current employer's status. A new degree is not assumed to be in a new field, so it
 * earns no multiple-fields bonus (docs/rules.md §2).
 */
final class LeverCatalogue {

    /** The largest raise, in percent of the current salary, counted as a salary negotiation. */
    static final long NEGOTIABLE_RAISE_PERCENT = 20;

    private final Profile profile;
    private final CategoryScorer scorer;
    private final Category category;
    private final LocalDate horizonEnd;
    private final RuleSet rulesNow;

    LeverCatalogue(Profile profile, CategoryScorer scorer, LocalDate horizonEnd) {
        this.profile = profile;
        this.scorer = scorer;
        this.category = scorer.category();
        this.horizonEnd = horizonEnd;
        this.rulesNow = scorer.engine().ruleBook().ruleSetOn(profile.referenceDate());
    }

    /** The applicable levers, waiting levers first, each group's levels ascending. */
    List<Lever> levers() {
        List<Lever> waits = careerWaits();
        List<Profile> bases = new ArrayList<>();
        bases.add(profile);
        waits.forEach(wait -> bases.add(wait.applyTo(profile)));
        List<Assessment> baseAssessments = bases.stream().map(scorer::assess).toList();

        List<Lever> candidates = new ArrayList<>();
        japaneseLanguage(candidates);
        qualifications(candidates);
        salary(candidates, bases);
        research(candidates);
        flags(candidates);
        position(candidates);
        employers(candidates);
        japaneseDegrees(candidates);
        investment(candidates);

        List<Lever> applicable = new ArrayList<>(waits);
        for (Lever lever : candidates) {
            for (int i = 0; i < bases.size(); i++) {
                if (CategoryScorer.improves(scorer.assess(lever.applyTo(bases.get(i))), baseAssessments.get(i))) {
                    applicable.add(lever);
                    break;
                }
            }
        }
        return applicable;
    }

    /** 職歴: each later day within the horizon on which completed experience reaches a row worth more. */
    private List<Lever> careerWaits() {
        Projection projection = new Projection(profile, category);
        long yearsNow = projection.completedYearsNow();
        int pointsBefore = rulesNow.career(category, yearsNow).map(PointRow::points).orElse(0);
        List<Lever> waits = new ArrayList<>();
        for (long years = yearsNow + 1; ; years++) {
            LocalDate day = projection.dayReaching(years);
            if (day.isAfter(horizonEnd)) {
                return waits;
            }
            RuleSet rules = scorer.engine().ruleBook().ruleSetOn(day);
            int points = rules.career(category, years).map(PointRow::points).orElse(0);
            if (points > pointsBefore) {
                pointsBefore = points;
                Profile then = projection.on(day);
                waits.add(new Lever("careerWait", LeverGroup.CAREER_WAIT, waits.size(), Effort.WAIT,
                        Message.of("advice.lever.careerWait", day, years, category.name()),
                        p -> p.toBuilder().referenceDate(day).careerYears(then.careerYears()).build()));
            }
        }
    }

    /** 日本語能力: the next JLPT tiers above the level held (docs/rules.md §9). */
    private void japaneseLanguage(List<Lever> levers) {
        Optional<Jlpt> held = profile.japaneseLanguage().jlpt();
        if (held.isEmpty() || held.get().compareTo(Jlpt.N2) > 0) {
            levers.add(jlpt(Jlpt.N2, 0, Threshold.BJT_N2_TIER));
        }
        if (held.isEmpty() || held.get() != Jlpt.N1) {
            levers.add(jlpt(Jlpt.N1, 1, Threshold.BJT_N1_TIER));
        }
    }

    private Lever jlpt(Jlpt level, int order, Threshold bjt) {
        OptionalLong bjtScore = rulesNow.threshold(bjt, category);
        Message description = bjtScore.isPresent()
                ? Message.of("advice.lever.jlpt", level.name(), bjtScore.getAsLong())
                : Message.of("advice.lever.jlpt.only", level.name());
        return new Lever("jlpt" + level.name(), LeverGroup.JAPANESE_LANGUAGE, order, Effort.EXAM, description,
                p -> p.toBuilder().japaneseLanguage(
                        new JapaneseLanguage(Optional.of(level), p.japaneseLanguage().bjtScore())).build());
    }

    /** 資格: one or two more related national qualifications (docs/rules.md §7). */
    private void qualifications(List<Lever> levers) {
        for (int more = 1; more <= 2; more++) {
            int added = more;
            levers.add(new Lever("qualifications" + more, LeverGroup.QUALIFICATIONS, more - 1, Effort.EXAM,
                    Message.of("advice.lever.qualifications", added),
                    p -> p.toBuilder().japaneseNationalQualifications(p.japaneseNationalQualifications() + added)
                            .build()));
        }
    }

    /**
     * 年収: the lower bound of every higher bracket of the applicant's age band on each date
     * considered (now and the waiting dates), and the salary floor when below it (docs/rules.md §1, §4).
     */
    private void salary(List<Lever> levers, List<Profile> bases) {
        long current = profile.annualSalaryYen();
        TreeSet<Long> amounts = new TreeSet<>();
        for (Profile base : bases) {
            RuleSet rules = scorer.engine().ruleBook().ruleSetOn(base.referenceDate());
            AgeBand band = AgeBand.of(CompletedYears.between(base.birthDate(), base.referenceDate()));
            rules.salaryLowerBounds(category, band).stream().filter(bound -> bound > current).forEach(amounts::add);
            OptionalLong floor = rules.threshold(Threshold.SALARY_FLOOR_YEN, category);
            if (floor.isPresent() && floor.getAsLong() > current) {
                amounts.add(floor.getAsLong());
            }
        }
        int level = 0;
        for (long amount : amounts) {
            levers.add(new Lever("salary", LeverGroup.SALARY, level++, salaryEffort(current, amount),
                    Message.of("advice.lever.salary", amount, current),
                    p -> p.toBuilder().annualSalaryYen(amount).build()));
        }
    }

    /**
     * A raise of at most {@link #NEGOTIABLE_RAISE_PERCENT} % is a negotiation; a larger one is in
     * effect a new job, as hard as a change of employer.
     */
    static Effort salaryEffort(long current, long amount) {
        return amount * 100 <= current * (100 + NEGOTIABLE_RAISE_PERCENT) ? Effort.SALARY : Effort.WORK;
    }

    /** 研究実績: meet a research test not yet met (docs/rules.md §6). */
    private void research(List<Lever> levers) {
        Research held = profile.research();
        long patents = rulesNow.threshold(Threshold.RESEARCH_PATENTS, category).orElse(1);
        long papers = rulesNow.threshold(Threshold.RESEARCH_PAPERS, category).orElse(3);
        long projects = rulesNow.threshold(Threshold.RESEARCH_GRANT_FUNDED_PROJECTS, category).orElse(3);
        if (held.patents() < patents) {
            levers.add(new Lever("patent", LeverGroup.PATENT, 0, Effort.WORK,
                    Message.of("advice.lever.patent", patents - held.patents()),
                    p -> p.toBuilder().research(new Research(Math.max(p.research().patents(), (int) patents),
                            p.research().grantFundedProjects(), p.research().papers(), p.research().otherRecognized()))
                            .build()));
        }
        if (held.papers() < papers) {
            levers.add(new Lever("papers", LeverGroup.PAPERS, 0, Effort.WORK,
                    Message.of("advice.lever.papers", papers - held.papers(), papers),
                    p -> p.toBuilder().research(new Research(p.research().patents(), p.research().grantFundedProjects(),
                            Math.max(p.research().papers(), (int) papers), p.research().otherRecognized())).build()));
        }
        if (held.grantFundedProjects() < projects) {
            levers.add(new Lever("grantFundedProjects", LeverGroup.GRANT_FUNDED_PROJECTS, 0, Effort.WORK,
                    Message.of("advice.lever.grantFundedProjects", projects - held.grantFundedProjects(), projects),
                    p -> p.toBuilder().research(new Research(p.research().patents(),
                            Math.max(p.research().grantFundedProjects(), (int) projects), p.research().papers(),
                            p.research().otherRecognized())).build()));
        }
    }

    /** 外国の資格・表彰等 and 成長分野の先端的事業 (docs/rules.md §9). */
    private void flags(List<Lever> levers) {
        if (!profile.foreignQualification()) {
            levers.add(new Lever("foreignQualification", LeverGroup.FOREIGN_QUALIFICATION, 0, Effort.EXAM,
                    Message.of("advice.lever.foreignQualification"),
                    p -> p.toBuilder().foreignQualification(true).build()));
        }
        if (!profile.growthFieldProject()) {
            levers.add(new Lever("growthField", LeverGroup.GROWTH_FIELD, 0, Effort.WORK,
                    Message.of("advice.lever.growthField"), p -> p.toBuilder().growthFieldProject(true).build()));
        }
    }

    /** 地位: director, then representative director (docs/rules.md §8). */
    private void position(List<Lever> levers) {
        ExecutivePosition held = profile.position();
        if (held == ExecutivePosition.NONE) {
            levers.add(position(ExecutivePosition.DIRECTOR, 0));
        }
        if (held != ExecutivePosition.REPRESENTATIVE) {
            levers.add(position(ExecutivePosition.REPRESENTATIVE, 1));
        }
    }

    private static Lever position(ExecutivePosition position, int level) {
        return new Lever("position" + position.name(), LeverGroup.POSITION, level, Effort.WORK,
                Message.of("advice.lever.position." + position.name()), p -> p.toBuilder().position(position).build());
    }

    /**
     * A new employer with one of the statuses the special additions reward (docs/rules.md §9). The new
     * employer replaces the current one, so its additions are lost; the check that a lever adds
     * points accounts for that.
     */
    private void employers(List<Lever> levers) {
        BigDecimal ratio = BigDecimal.valueOf(rulesNow.threshold(Threshold.SME_RESEARCH_SPENDING_PERCENT, category)
                .orElse(3)).add(new BigDecimal("0.1"));
        // An SME with innovation support includes innovation support: listed after it, so that the search,
        // which keeps the catalogue's order among equal levels, meets the smaller change first.
        employer(levers, "innovationSupport", new Employer(true, false, Optional.empty(), false, false));
        employer(levers, "smeInnovationSupport", new Employer(true, true, Optional.empty(), false, false),
                "innovationSupport");
        employer(levers, "localGovernmentSupport", new Employer(false, false, Optional.empty(), true, false));
        employer(levers, "smeResearchSpending", new Employer(false, true, Optional.of(ratio), false, false));
        employer(levers, "investmentManagement", new Employer(false, false, Optional.empty(), false, true));
    }

    private static void employer(List<Lever> levers, String kind, Employer employer, String... includedKinds) {
        Set<String> includes = new HashSet<>();
        for (String included : includedKinds) {
            includes.add("employer." + included);
        }
        levers.add(new Lever("employer." + kind, LeverGroup.EMPLOYER, 0, Effort.WORK,
                Message.of("advice.lever.employer." + kind), p -> p.toBuilder().employer(employer).build(), includes));
    }

    /** A degree from a Japanese graduate school: 学歴 and 本邦の大学 (docs/rules.md §2, §9). */
    private void japaneseDegrees(List<Lever> levers) {
        List<DegreeLevel> levels = List.of(DegreeLevel.MASTER, DegreeLevel.MBA_MOT, DegreeLevel.DOCTORATE);
        for (int i = 0; i < levels.size(); i++) {
            DegreeLevel level = levels.get(i);
            Degree degree = new Degree(level, Optional.empty(), true, false, false);
            levers.add(new Lever("japaneseDegree." + level.name(), LeverGroup.JAPANESE_DEGREE, i, Effort.MAJOR,
                    Message.of("advice.lever.japaneseDegree", level.name()), p -> p.toBuilder().degree(degree).build()));
        }
    }

    /** 1億円以上の投資 (business management, docs/rules.md §9). */
    private void investment(List<Lever> levers) {
        OptionalLong amount = rulesNow.threshold(Threshold.INVESTMENT_YEN, category);
        if (rulesNow.addition(CriterionId.INVESTMENT, category).isEmpty() || amount.isEmpty()
                || profile.investmentYen() >= amount.getAsLong()) {
            return;
        }
        long needed = amount.getAsLong();
        levers.add(new Lever("investment", LeverGroup.INVESTMENT, 0, Effort.MAJOR,
                Message.of("advice.lever.investment", needed), p -> p.toBuilder().investmentYen(needed).build()));
    }
}
