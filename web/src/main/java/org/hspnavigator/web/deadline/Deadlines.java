package org.hspnavigator.web.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.engine.advice.Forecast;
import org.hspnavigator.engine.advice.ForecastEvent;
import org.hspnavigator.engine.advice.Forecaster;
import org.hspnavigator.engine.applicant.ApplicantCase;
import org.hspnavigator.engine.permanent.PermanentResidence;
import org.hspnavigator.engine.permanent.PermanentResidenceResult;
import org.hspnavigator.engine.permanent.RouteResult;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.engine.procedure.DatedDeadlines;
import org.hspnavigator.engine.procedure.Deadline;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.engine.timeline.PointsTimeline;
import org.hspnavigator.formats.advice.AdviceJson;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;
import org.hspnavigator.web.applicant.ApplicantCases;
import org.hspnavigator.web.applicant.ApplicantRepository;
import org.hspnavigator.web.application.ApplicationRepository;
import org.hspnavigator.web.application.ApplicationStatus;
import org.hspnavigator.web.application.ProcedureKind;
import org.hspnavigator.web.security.ApplicantScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Computes the deadlines of the applicants a scope sees, with the engine, from what is stored:
 * <ul>
 * <li>from the expiry of the period of stay (the applicant's, and that of each open change or extension
 * file): the extension window's opening, the last day to apply, the end of the special period, as
 * {@code hsp checklist --procedure extension --expiry} gives them;</li>
 * <li>from the events of the files: the 14-day notices after settling, moving, a change of organization
 * or of the residence card's entries; a granted CoE's last day of validity;</li>
 * <li>from the case: the earliest date of a permanent-residence route, as {@code hsp pr} finds it, and
 * the last day before the points drop by themselves (a birthday, a rule set), as {@code hsp advise}'s
 * forecast finds it, in the category of the HSP status held or else the best one on the day (as
 * {@code hsp pr} takes the points).</li>
 * </ul>
 */
@Component
public class Deadlines {

    static final String PR_EARLIEST = "permanentResidenceEarliest";
    static final String POINTS_DROP = "lastDayBeforePointsDrop";
    private static final String ENGLISH_CALENDAR_NAME = "HSP Navigator deadlines";

    private final ApplicantRepository applicants;
    private final ApplicationRepository applications;
    private final ApplicantCases cases;
    private final PointsEngine engine = PointsEngine.official();
    private final PermanentResidence permanentResidence = PermanentResidence.official();
    private final Map<Language, MessageTexts> texts = new EnumMap<>(Language.class);
    private final Map<Language, Explanations> explanations = new EnumMap<>(Language.class);
    private final Map<Language, AdviceJson> advice = new EnumMap<>(Language.class);
    private final MessageSource messages;

    public Deadlines(ApplicantRepository applicants, ApplicationRepository applications, ApplicantCases cases,
            MessageSource messages) {
        this.applicants = applicants;
        this.applications = applications;
        this.cases = cases;
        this.messages = messages;
        for (Language language : Language.values()) {
            texts.put(language, MessageTexts.of("checklist", language));
            explanations.put(language, Explanations.of(language));
            advice.put(language, new AdviceJson(explanations.get(language)));
        }
    }

    /** Whether the scope sees the applicant. */
    public boolean sees(ApplicantScope scope, String applicantId) {
        return applicants.find(scope, applicantId).isPresent();
    }

    /**
     * The deadlines from {@code from} to {@code to} (both included) of the scope's applicants, by date, their
     * texts in {@code language} (in English, those of the command line, with the ids of the routes and
     * categories).
     */
    public List<DeadlineItem> between(ApplicantScope scope, LocalDate today, LocalDate from, LocalDate to,
            Optional<String> applicantId, Language language) {
        return between(scope, today, from, to, applicantId, language, false);
    }

    /**
     * The deadlines as {@link #between} finds them, worded for a reader of a page or a calendar: in English
     * too, the routes and categories by their names (80 points, after 1 year; Advanced specialized/technical
     * activities) rather than by the ids the API keeps. A reader sees each deadline under its title
     * ({@link #title}), so its text holds only what the title and the day do not say (ws.deadline.detail.*),
     * empty when they say it all.
     */
    public List<DeadlineItem> forReaders(ApplicantScope scope, LocalDate today, LocalDate from, LocalDate to,
            Optional<String> applicantId, Language language) {
        return between(scope, today, from, to, applicantId, language, true);
    }

    private List<DeadlineItem> between(ApplicantScope scope, LocalDate today, LocalDate from, LocalDate to,
            Optional<String> applicantId, Language language, boolean names) {
        List<ApplicantRepository.Applicant> all = applicantId.isPresent()
                ? applicants.find(scope, applicantId.get()).map(List::of).orElse(List.of())
                : applicants.list(scope);
        List<ApplicationRepository.Application> files = applications.list(scope, applicantId);
        Map<String, List<ApplicationRepository.Event>> events = new LinkedHashMap<>();
        for (ApplicationRepository.Event event : applications.events(scope)) {
            events.computeIfAbsent(event.applicationId(), id -> new ArrayList<>()).add(event);
        }
        Map<String, DeadlineItem> items = new LinkedHashMap<>();
        for (ApplicantRepository.Applicant applicant : all) {
            applicant.periodOfStayExpiry().ifPresent(expiry -> ofExpiry(applicant, expiry, Optional.empty(), language,
                    names, items));
            for (ApplicationRepository.Application file : files) {
                if (!file.applicantId().equals(applicant.id())) {
                    continue;
                }
                if (file.status().isOpen() && file.periodOfStayExpiry().isPresent()) {
                    ofExpiry(applicant, file.periodOfStayExpiry().get(), Optional.of(file.id()), language, names, items);
                }
                for (ApplicationRepository.Event event : events.getOrDefault(file.id(), List.of())) {
                    ofEvent(applicant, file, event, language, names, items);
                }
            }
            cases.caseOf(applicant, applicants.snapshots(scope, applicant.id())).applicantCase()
                    .ifPresent(applicantCase -> ofCase(applicant, applicantCase, today, language, names, items));
        }
        return items.values().stream()
                .filter(item -> !item.date().isBefore(from) && !item.date().isAfter(to))
                .sorted(Comparator.comparing(DeadlineItem::date).thenComparing(DeadlineItem::applicantName)
                        .thenComparing(DeadlineItem::key))
                .toList();
    }

    private void ofExpiry(ApplicantRepository.Applicant applicant, LocalDate expiry, Optional<String> applicationId,
            Language language, boolean names, Map<String, DeadlineItem> items) {
        for (Deadline deadline : DatedDeadlines.ofExpiry(expiry)) {
            // The same expiry on the applicant and on a file is one deadline, listed once.
            String dedupe = applicant.id() + "/" + deadline.id() + "/" + deadline.date().orElseThrow();
            items.putIfAbsent(dedupe, item(applicant, deadline, applicationId, Optional.empty(), language, names));
        }
    }

    private void ofEvent(ApplicantRepository.Applicant applicant, ApplicationRepository.Application file,
            ApplicationRepository.Event event, Language language, boolean names, Map<String, DeadlineItem> items) {
        Optional<Deadline> deadline = event.kind().duty().map(duty -> DatedDeadlines.notice(duty, event.date()));
        if (file.procedure() == ProcedureKind.COE && event.to().filter(s -> s == ApplicationStatus.GRANTED).isPresent()) {
            deadline = Optional.of(DatedDeadlines.coeValidity(event.date()));
        }
        deadline.ifPresent(d -> {
            DeadlineItem item = item(applicant, d, Optional.of(file.id()), Optional.of(event.id()), language, names);
            items.put(item.key(), item);
        });
    }

    private void ofCase(ApplicantRepository.Applicant applicant, ApplicantCase applicantCase, LocalDate today,
            Language language, boolean names, Map<String, DeadlineItem> items) {
        PermanentResidenceResult routes = permanentResidence.assess(applicantCase, today);
        routes.routes().stream()
                .filter(route -> route.earliestDate().isPresent())
                .min(Comparator.comparing((RouteResult route) -> route.earliestDate().get()))
                .ifPresent(route -> {
                    DeadlineItem item = new DeadlineItem(route.earliestDate().get(), PR_EARLIEST,
                            text(names ? "ws.deadline.detail.permanentResidenceEarliest"
                                    : "ws.deadline.text.permanentResidenceEarliest", language, routeName(route, language, names))
                                    + (route.met() ? text("ws.deadline.text.metToday", language) : ""),
                            applicant.id(), applicant.name(), Optional.empty(), Optional.empty());
                    items.put(item.key(), item);
                });
        Optional<Profile> now = applicantCase.profileOn(today);
        if (now.isEmpty()) {
            return;
        }
        // The category the case's points are taken in: that of the HSP status held, else the best on the day.
        Category category = new PointsTimeline(applicantCase, engine).on(today).orElseThrow().category();
        Forecast forecast = new Forecaster(engine).forecast(now.get(), category);
        forecast.events().stream().filter(ForecastEvent::isDrop).findFirst().ifPresent(drop -> {
            DeadlineItem item = new DeadlineItem(drop.lastDayBefore().orElseThrow(), POINTS_DROP,
                    text(names ? "ws.deadline.detail.lastDayBeforePointsDrop" : "ws.deadline.text.lastDayBeforePointsDrop",
                            language, String.valueOf(drop.pointsBefore()),
                            categoryName(category, language, names), date(drop.date(), language),
                            String.valueOf(drop.pointsAfter()), advice.get(language).reason(drop)),
                    applicant.id(), applicant.name(), Optional.empty(), Optional.empty());
            items.put(item.key(), item);
        });
    }

    private DeadlineItem item(ApplicantRepository.Applicant applicant, Deadline deadline, Optional<String> applicationId,
            Optional<String> eventId, Language language, boolean names) {
        String text = names ? detail(deadline, language) : texts.get(language).text(deadline.text());
        return new DeadlineItem(deadline.date().orElseThrow(), deadline.id(), text, applicant.id(), applicant.name(),
                applicationId, eventId);
    }

    /**
     * What a reader learns from a deadline of a procedure beyond its title and its day: the rule's words
     * (checklist.deadline.*) say both again ("file before the period of stay expires on 2027-04-30" under
     * "Period of stay expires: last day to apply"). Empty when nothing is left.
     */
    private String detail(Deadline deadline, Language language) {
        Object[] arguments = deadline.text().arguments().stream()
                .map(argument -> argument instanceof LocalDate date ? date(date, language) : argument)
                .toArray();
        return messages.getMessage("ws.deadline.detail." + deadline.id(), arguments, "", locale(language));
    }

    /** The title of a deadline by its id in a language, as the deadline calendar shows it; the id when it has none. */
    public String title(String id, Language language) {
        return messages.getMessage("ws.deadline." + id, null, id, locale(language));
    }

    /**
     * The name of the calendar feed in a calendar program: in the language of a feed made on a page, else the
     * English name feeds have always had.
     */
    public String calendarName(Optional<Language> language) {
        return language.map(l -> text("ws.deadlines.feed.calendarName", l)).orElse(ENGLISH_CALENDAR_NAME);
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, locale(language));
    }

    // The API's English keeps the words it has always given: the ids of the routes and categories.
    private String routeName(RouteResult route, Language language, boolean names) {
        return language == Language.EN && !names ? route.route().name()
                : text("residence.route." + route.route().name(), language);
    }

    private String categoryName(Category category, Language language, boolean names) {
        return language == Language.EN && !names ? category.name() : explanations.get(language).categoryName(category);
    }

    private static String date(LocalDate date, Language language) {
        return language.date(date);
    }

    private static Locale locale(Language language) {
        return language == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag(language.tag());
    }
}
