package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.deadline.CalendarFeeds;
import org.hspnavigator.web.deadline.DeadlineItem;
import org.hspnavigator.web.deadline.Deadlines;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.QueryParameters;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The deadline calendar: the deadlines of the organization's applicants in the next 90 days, by date,
 * from {@link Deadlines} as the API lists them; and the user's calendar feed, the secret {@code .ics}
 * address a calendar program subscribes to, shown once, on the answer of the POST that made it (never
 * stored in the session, which the database keeps), by a form sent once ({@link SingleUseForms}); making a
 * new one revokes the old, and is asked once more first.
 */
@Controller
class DeadlinePagesController {

    static final int DAYS = 90;
    private static final String FEED_FORM = "calendarFeed";

    private final Deadlines deadlines;
    private final CalendarFeeds feeds;
    private final AccessPolicy policy;
    private final QueryParameters parameters;
    private final AuditLog audit;
    private final SingleUseForms forms;

    DeadlinePagesController(Deadlines deadlines, CalendarFeeds feeds, AccessPolicy policy, QueryParameters parameters,
            AuditLog audit, SingleUseForms forms) {
        this.deadlines = deadlines;
        this.feeds = feeds;
        this.policy = policy;
        this.parameters = parameters;
        this.audit = audit;
        this.forms = forms;
    }

    @GetMapping(WorkspacePages.DEADLINES)
    String calendar(@PathVariable("lang") String lang, Caller caller, Model model, HttpSession session) {
        LocalDate today = parameters.today();
        LocalDate last = today.plusDays(DAYS - 1);
        List<DeadlineItem> found = deadlines.forReaders(policy.applicants(caller), today, today, last, Optional.empty(),
                Language.byTag(lang).orElseThrow());
        audit.record(caller, AuditAction.DEADLINES_READ, AuditLog.ORGANIZATION, caller.organizationId());
        WorkspaceFrame.prepare(model, lang, "/workspace/deadlines", "deadlines", caller);
        model.addAttribute("formKey", forms.issue(session, FEED_FORM));
        model.addAttribute("deadlines", found);
        model.addAttribute("from", today);
        model.addAttribute("to", last);
        model.addAttribute("feedSince", feeds.active(caller.userId(), caller.organizationId()).orElse(null));
        if (!model.containsAttribute("feedUrl")) {
            model.addAttribute("feedUrl", null);
        }
        if (!model.containsAttribute("feedSentBefore")) {
            model.addAttribute("feedSentBefore", false);
        }
        return "workspace/deadlines";
    }

    /**
     * Makes the user's calendar address and answers with the page showing it, not kept anywhere and not to be
     * stored by the browser; one that replaces an address in use (which stops working) is asked once more
     * first, the confirming form carrying the same key on. The same form sent again (a reload of either
     * answer) makes none and leads to the page saying so.
     */
    @PostMapping(WorkspacePages.CALENDAR_FEED)
    String createFeed(@PathVariable("lang") String lang, Caller caller, Model model, HttpServletResponse response,
            HttpServletRequest request, HttpSession session, RedirectAttributes redirect,
            @RequestParam(name = ConfirmationPage.CONFIRMED, required = false) String confirmed,
            @RequestParam(name = SingleUseForms.FIELD, required = false) String formKey) {
        if (feeds.active(caller.userId(), caller.organizationId()).isPresent() && !ConfirmationPage.confirmed(confirmed)) {
            if (!forms.unused(session, FEED_FORM, formKey)) {
                return sentBefore(lang, redirect);
            }
            WorkspaceFrame.prepare(model, lang, "/workspace/deadlines", "deadlines", caller);
            return new ConfirmationPage("ws.confirm.feed", "", "/" + lang + "/workspace/deadlines/calendar-feed",
                    Map.of(SingleUseForms.FIELD, formKey), "ws.feed.remake", "/" + lang + "/workspace/deadlines")
                    .show(model);
        }
        if (!forms.use(session, FEED_FORM, formKey)) {
            return sentBefore(lang, redirect);
        }
        String secret = feeds.create(caller.userId(), caller.organizationId());
        audit.record(caller, AuditAction.CALENDAR_FEED_CREATED, AuditLog.CALENDAR_FEED, caller.userId());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/calendar/{secret}.ics").queryParam("lang", lang).buildAndExpand(secret).toUriString());
        return calendar(lang, caller, model, session);
    }

    private static String sentBefore(String lang, RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedSentBefore", true);
        return "redirect:/" + lang + "/workspace/deadlines";
    }
}
