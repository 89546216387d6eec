package org.hspnavigator.web.deadline;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.AccountUsers;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.AcceptLanguage;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deadlines of the organization's applicants over a period, and the caller's calendar feed: a
 * secret URL ({@code /calendar/SECRET.ics}) that a calendar program reads without logging in, made and
 * revoked by its user, listing the deadlines of the year ahead that the user may see.
 */
@RestController
@Tag(name = "Deadlines", description = "Deadlines computed by the engine, and the iCalendar feed")
public class DeadlineController {

    /** The period listed when none is given: from today, one year ahead. */
    static final int DEFAULT_DAYS = 366;

    private final Deadlines deadlines;
    private final CalendarFeeds feeds;
    private final AccessPolicy policy;
    private final QueryParameters parameters;
    private final AccountUsers users;
    private final AuditLog audit;
    private final Clock clock;

    public DeadlineController(Deadlines deadlines, CalendarFeeds feeds, AccessPolicy policy, QueryParameters parameters,
            AccountUsers users, AuditLog audit, Clock clock) {
        this.deadlines = deadlines;
        this.feeds = feeds;
        this.policy = policy;
        this.parameters = parameters;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/deadlines", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listDeadlines", summary = "The deadlines of the organization's applicants, by date",
            description = "From the expiry of the period of stay (extension window, last day to apply, special period), "
                    + "the events of the application files (14-day notices, a CoE's validity), and the case (earliest "
                    + "permanent-residence date, last day before the points drop).")
    public ResponseEntity<byte[]> list(Caller caller,
            @Parameter(description = "First day (default today)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "from", required = false) String from,
            @Parameter(description = "Last day (default one year after the first)",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "to", required = false) String to,
            @Parameter(description = "Only this applicant's deadlines")
            @RequestParam(name = "applicant", required = false) String applicantId, HttpServletRequest request) {
        LocalDate today = parameters.today();
        List<Problems.Located> problems = new ArrayList<>();
        LocalDate first = day("from", from, problems).orElse(today);
        LocalDate last = day("to", to, problems).orElse(first.plusDays(DEFAULT_DAYS - 1));
        if (problems.isEmpty() && last.isBefore(first)) {
            problems.add(Problems.Located.query("to", Problem.of("query.toBeforeFrom", last, first)));
        }
        QueryParameters.requireNone(problems);
        if (applicantId != null && !deadlines.sees(policy.applicants(caller), applicantId)) {
            throw new NotFoundException(Problem.of("notFound.applicant", applicantId));
        }
        List<DeadlineItem> found = deadlines.between(policy.applicants(caller), today, first, last,
                Optional.ofNullable(applicantId), AcceptLanguage.of(request));
        audit.record(caller, AuditAction.DEADLINES_READ, AuditLog.ORGANIZATION, caller.organizationId());
        ObjectNode body = StrictJson.nodes().objectNode();
        body.put("from", first.toString());
        body.put("to", last.toString());
        ArrayNode items = body.putArray("deadlines");
        for (DeadlineItem item : found) {
            ObjectNode node = items.addObject();
            node.put("date", item.date().toString());
            node.put("id", item.id());
            node.put("text", item.text());
            node.put("applicantId", item.applicantId());
            node.put("applicantName", item.applicantName());
            item.applicationId().ifPresentOrElse(a -> node.put("applicationId", a), () -> node.putNull("applicationId"));
            item.eventId().ifPresentOrElse(e -> node.put("eventId", e), () -> node.putNull("eventId"));
            node.put("key", item.key());
        }
        return JsonResponses.ok(body);
    }

    @GetMapping(path = "/api/v1/me/calendar-feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "calendarFeed", summary = "Whether the caller has a calendar feed (its URL is shown only when made)")
    public ResponseEntity<byte[]> feed(Caller caller) {
        ObjectNode body = StrictJson.nodes().objectNode();
        Optional<java.time.Instant> created = feeds.active(caller.userId(), caller.organizationId());
        body.put("active", created.isPresent());
        created.ifPresentOrElse(at -> body.put("createdAt", at.toString()), () -> body.putNull("createdAt"));
        return JsonResponses.ok(body);
    }

    @PostMapping(path = "/api/v1/me/calendar-feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createCalendarFeed", summary = "Make the caller's secret calendar-feed URL",
            description = "The url (an .ics feed of the year ahead's deadlines) is shown this once; anyone with it reads "
                    + "the deadlines, so keep it like a password. Making a new one revokes the old one.")
    public ResponseEntity<byte[]> createFeed(Caller caller, HttpServletRequest request) {
        String secret = feeds.create(caller.userId(), caller.organizationId());
        audit.record(caller, AuditAction.CALENDAR_FEED_CREATED, AuditLog.CALENDAR_FEED, caller.userId());
        ObjectNode body = StrictJson.nodes().objectNode();
        body.put("url", ServletUriComponentsBuilder.fromContextPath(request).path("/calendar/{secret}.ics")
                .buildAndExpand(secret).toUriString());
        body.put("path", "/calendar/" + secret + ".ics");
        return JsonResponses.created(body);
    }

    @DeleteMapping(path = "/api/v1/me/calendar-feed")
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke the caller's calendar feed: its URL stops working")
    public ResponseEntity<byte[]> revokeFeed(Caller caller) {
        if (!feeds.revoke(caller.userId())) {
            throw new NotFoundException(Problem.of("notFound.noFeed"));
        }
        audit.record(caller, AuditAction.CALENDAR_FEED_REVOKED, AuditLog.CALENDAR_FEED, caller.userId());
        return JsonResponses.noContent();
    }

    @Hidden
    @GetMapping(path = "/calendar/{secret}")
    public ResponseEntity<byte[]> calendar(@PathVariable("secret") String secret,
            @RequestParam(name = "lang", required = false) String lang) {
        Optional<String> userId = secret.endsWith(".ics")
                ? feeds.userOf(secret.substring(0, secret.length() - ".ics".length())) : Optional.empty();
        Optional<Caller> caller = userId.flatMap(id -> users.caller(id, Optional.empty()));
        if (caller.isEmpty()) {
            throw new NotFoundException(Problem.of("notFound.feed"));
        }
        LocalDate today = parameters.today();
        // A feed made on a page names its language (a calendar program sends no Accept-Language): its events are
        // titled and described in it, for a reader; a feed without one keeps the ids and the texts of the
        // command line.
        Optional<Language> language = Optional.ofNullable(lang).flatMap(Language::byTag);
        List<DeadlineItem> found = language.isPresent()
                ? deadlines.forReaders(policy.applicants(caller.get()), today, today, today.plusDays(DEFAULT_DAYS - 1),
                        Optional.empty(), language.get())
                : deadlines.between(policy.applicants(caller.get()), today, today, today.plusDays(DEFAULT_DAYS - 1),
                        Optional.empty(), Language.EN);
        audit.record(caller.get(), AuditAction.CALENDAR_FEED_READ, AuditLog.CALENDAR_FEED, caller.get().userId());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"hsp-deadlines.ics\"")
                .body(ICalendar.write(deadlines.calendarName(language), found, clock.instant(), language.orElse(Language.EN),
                        item -> language.map(l -> deadlines.title(item.id(), l)).orElse(item.id()))
                        .getBytes(StandardCharsets.UTF_8));
    }

    private Optional<LocalDate> day(String name, String value, List<Problems.Located> problems) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(Problems.Located.query(name, Problem.of("date.notIsoForm", value)));
            return Optional.empty();
        }
    }
}
