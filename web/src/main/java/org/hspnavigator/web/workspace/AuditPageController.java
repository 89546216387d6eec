package org.hspnavigator.web.workspace;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hspnavigator.web.account.AccountRepository;
import org.hspnavigator.web.audit.AuditEntry;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log page, for owners: the organization's entries, newest first, a page at a time, each actor
 * named by the e-mail the owner knows from the members' page (the log itself keeps ids only).
 */
@Controller
class AuditPageController {

    static final int PAGE = 50;

    private final AuditLog audit;
    private final AccessPolicy policy;
    private final AccountRepository accounts;

    AuditPageController(AuditLog audit, AccessPolicy policy, AccountRepository accounts) {
        this.audit = audit;
        this.policy = policy;
        this.accounts = accounts;
    }

    @GetMapping(WorkspacePages.AUDIT)
    String audit(@PathVariable("lang") String lang, Caller caller, Model model,
            @RequestParam(name = "before", required = false) String before) {
        policy.requireOwner(caller, "readAuditLog");
        Optional<String> from = Optional.ofNullable(before).filter(Ids::isId);
        List<AuditEntry> entries = audit.entries(caller.organizationId(), Optional.empty(), from, PAGE);
        // The language switcher keeps the page of older entries shown.
        WorkspaceFrame.prepare(model, lang, "/workspace/audit" + from.map(id -> "?before=" + id).orElse(""), "audit",
                caller);
        model.addAttribute("entries", entries);
        model.addAttribute("emails", accounts.users(caller.organizationId()).stream()
                .collect(Collectors.toMap(AccountRepository.User::id, AccountRepository.User::email)));
        model.addAttribute("older", entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
        return "workspace/audit";
    }
}
