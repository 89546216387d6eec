package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.account.AccountRepository;
import org.hspnavigator.web.account.Accounts;
import org.hspnavigator.web.account.Members;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.system.ConflictException;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members and API tokens pages: an owner lists the organization's members, adds one with a first
 * password (through {@link Accounts}, as the API does), and changes a member's role or disables and enables
 * them (through {@link Members}, as the API does); every user makes and revokes their own tokens
 * and an owner sees and revokes everyone's, as the API allows. A new token's secret is shown once, on the
 * answer of the POST that made it (never stored in the session, which the database keeps), and that form
 * is sent once ({@link SingleUseForms}). Disabling a member and revoking a token are asked once more first
 * ({@link ConfirmationPage}); the organization's last enabled owner is not offered to be disabled.
 */
@Controller
class MemberPagesController {

    private static final String TOKEN_FORM = "token";
    private static final Map<String, String> MEMBER_FIELDS = Map.of("email", "email", "password", "password");

    private final AccountRepository repository;
    private final Accounts accounts;
    private final Members members;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final SingleUseForms forms;

    MemberPagesController(AccountRepository repository, Accounts accounts, Members members, AccessPolicy policy,
            AuditLog audit, SingleUseForms forms) {
        this.repository = repository;
        this.members = members;
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
        this.forms = forms;
    }

    @GetMapping(WorkspacePages.MEMBERS)
    String members(@PathVariable("lang") String lang, Caller caller, Model model) {
        policy.requireOwner(caller, "listMembers");
        WorkspaceFrame.prepare(model, lang, "/workspace/members", "members", caller);
        List<AccountRepository.User> users = repository.users(caller.organizationId());
        model.addAttribute("members", users);
        model.addAttribute("lastOwnerId", Members.lastEnabledOwner(users).map(AccountRepository.User::id).orElse(""));
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.NONE);
            model.addAttribute("email", "");
        }
        if (!model.containsAttribute("made")) {
            model.addAttribute("made", false);
        }
        if (!model.containsAttribute("changeProblem")) {
            model.addAttribute("changeProblem", null);
        }
        return "workspace/members";
    }

    /**
     * Changes a member's role or whether they are enabled, as the API's {@code PATCH /api/v1/members/{id}}
     * does (through {@link Members}); a value the page does not offer is a 400 and the organization's last
     * enabled owner staying one a 409, each the members page again with the problem above the table.
     */
    @PostMapping(WorkspacePages.MEMBER)
    String changeMember(@PathVariable("lang") String lang, @PathVariable("memberId") String memberId, Caller caller,
            Model model, HttpServletResponse response,
            @RequestParam(name = "role", required = false) String role,
            @RequestParam(name = "enabled", required = false) String enabled,
            @RequestParam(name = ConfirmationPage.CONFIRMED, required = false) String confirmed) {
        policy.requireOwner(caller, "changeMembers");
        AccountRepository.User member = members.found(caller, memberId);
        Optional<Role> newRole = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst();
        Optional<Boolean> nowEnabled = "true".equals(enabled) ? Optional.of(true)
                : "false".equals(enabled) ? Optional.of(false) : Optional.empty();
        if (role != null && newRole.isEmpty() || enabled != null && nowEnabled.isEmpty()
                || newRole.isEmpty() && nowEnabled.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("changeProblem", "invalid");
            return members(lang, caller, model);
        }
        if (members.leavesNoOwner(member, newRole, nowEnabled)) {
            // Refused before any confirmation is asked: saying yes could not change the answer.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("changeProblem", "lastOwner");
            return members(lang, caller, model);
        }
        if (nowEnabled.equals(Optional.of(false)) && member.enabled() && !ConfirmationPage.confirmed(confirmed)) {
            // Disabling ends the member's sessions and stops their tokens: asked once more.
            Map<String, String> fields = new LinkedHashMap<>();
            newRole.ifPresent(r -> fields.put("role", r.name()));
            fields.put("enabled", "false");
            WorkspaceFrame.prepare(model, lang, "/workspace/members", "members", caller);
            return new ConfirmationPage("ws.confirm.disable", member.email(), "/" + lang + "/workspace/members/" + memberId,
                    fields, "ws.members.disable", "/" + lang + "/workspace/members").show(model);
        }
        try {
            members.change(caller, memberId, newRole, nowEnabled);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("changeProblem", "lastOwner");
            return members(lang, caller, model);
        }
        return "redirect:/" + lang + "/workspace/members";
    }

    @PostMapping(WorkspacePages.MEMBERS)
    String addMember(@PathVariable("lang") String lang, Caller caller, Model model, HttpServletResponse response,
            RedirectAttributes redirect, @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "role", defaultValue = "MEMBER") String role) {
        policy.requireOwner(caller, "createMembers");
        Role given = role.equals(Role.OWNER.name()) ? Role.OWNER : Role.MEMBER;
        try {
            String id = accounts.createMember(caller.organizationId(), email, password, given);
            audit.record(caller, AuditAction.MEMBER_CREATED, AuditLog.USER, id);
            // Post/redirect/get: reloading the page that says so adds no second member.
            redirect.addFlashAttribute("made", true);
            return "redirect:/" + lang + "/workspace/members";
        } catch (Accounts.RefusedException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", FormProblems.of(e.violations().stream().map(Problems.Located::body).toList(),
                    MEMBER_FIELDS, lang));
            model.addAttribute("email", email);
            model.addAttribute("made", false);
            return members(lang, caller, model);
        }
    }

    @GetMapping(WorkspacePages.TOKENS)
    String tokens(@PathVariable("lang") String lang, Caller caller, Model model, HttpSession session) {
        WorkspaceFrame.prepare(model, lang, "/workspace/tokens", "tokens", caller);
        model.addAttribute("formKey", forms.issue(session, TOKEN_FORM));
        model.addAttribute("tokens", accounts.tokensOf(caller));
        model.addAttribute("emails", repository.users(caller.organizationId()).stream()
                .collect(java.util.stream.Collectors.toMap(AccountRepository.User::id, AccountRepository.User::email)));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", FormProblems.NONE);
        }
        if (!model.containsAttribute("newToken")) {
            model.addAttribute("newToken", null);
        }
        if (!model.containsAttribute("sentBefore")) {
            model.addAttribute("sentBefore", false);
        }
        return "workspace/tokens";
    }

    /**
     * Makes a token and answers with the page showing its secret, not kept anywhere and not to be stored by
     * the browser; the same form sent again (a reload of that answer) makes none and leads to the list.
     */
    @PostMapping(WorkspacePages.TOKENS)
    String makeToken(@PathVariable("lang") String lang, Caller caller, Model model, HttpServletResponse response,
            HttpSession session, RedirectAttributes redirect, @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = SingleUseForms.FIELD, required = false) String formKey) {
        if (!forms.use(session, TOKEN_FORM, formKey)) {
            redirect.addFlashAttribute("sentBefore", true);
            return "redirect:/" + lang + "/workspace/tokens";
        }
        try {
            Accounts.NewToken made = accounts.createToken(caller.organizationId(), caller.userId(), name);
            audit.record(caller, AuditAction.TOKEN_CREATED, AuditLog.TOKEN, made.id());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("newToken", made.token());
            return tokens(lang, caller, model, session);
        } catch (Accounts.RefusedException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", FormProblems.of(e.violations().stream().map(Problems.Located::body).toList(),
                    Map.of("name", "name"), lang));
            model.addAttribute("newToken", null);
            return tokens(lang, caller, model, session);
        }
    }

    @PostMapping(WorkspacePages.TOKEN_REVOKE)
    String revokeToken(@PathVariable("lang") String lang, @PathVariable("tokenId") String tokenId, Caller caller,
            Model model, @RequestParam(name = ConfirmationPage.CONFIRMED, required = false) String confirmed) {
        if (!ConfirmationPage.confirmed(confirmed)) {
            AccountRepository.Token token = accounts.tokensOf(caller).stream()
                    .filter(t -> t.id().equals(tokenId) && t.revokedAt().isEmpty()).findFirst()
                    .orElseThrow(() -> new NotFoundException(Problem.of("notFound.token", tokenId)));
            WorkspaceFrame.prepare(model, lang, "/workspace/tokens", "tokens", caller);
            return new ConfirmationPage("ws.confirm.revoke", token.name(), "/" + lang + "/workspace/tokens/" + tokenId
                    + "/revoke", Map.of(), "ws.tokens.revoke", "/" + lang + "/workspace/tokens").show(model);
        }
        if (!accounts.revokeToken(caller, tokenId)) {
            throw new NotFoundException(Problem.of("notFound.token", tokenId));
        }
        audit.record(caller, AuditAction.TOKEN_REVOKED, AuditLog.TOKEN, tokenId);
        return "redirect:/" + lang + "/workspace/tokens";
    }
}
