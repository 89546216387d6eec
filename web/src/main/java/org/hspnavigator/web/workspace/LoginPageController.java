package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.ReturnAddress;
import org.hspnavigator.web.security.WorkspacePageSecurity;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page of the workspace: e-mail and password posted to the same address, where Spring
 * Security checks them (web.security.WorkspacePageSecurity). It says why it is shown again: a wrong
 * password, too many failed attempts, or a logout; after a failed attempt the e-mail typed is filled in
 * again, once. The page asked for before it ({@code next}, when it is a workspace page of this site) is
 * carried in the form, to go on to once logged in. A user already logged in goes on to that page, else to
 * the applicants. The logout address read as a page
 * (typed, or a bookmark) shows the logout button: logging out stays a POST with its CSRF token, so that no
 * link or image of another site can end a session.
 */
@Controller
class LoginPageController {

    @GetMapping(WorkspacePages.LOGIN)
    String login(@PathVariable("lang") String lang, Model model, HttpServletRequest request,
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "throttled", required = false) String throttled,
            @RequestParam(name = "loggedOut", required = false) String loggedOut,
            @RequestParam(name = ReturnAddress.PARAMETER, required = false) String next) {
        String returnTo = ReturnAddress.of(next).orElse(null);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:" + (returnTo != null ? returnTo : "/" + lang + "/workspace/applicants");
        }
        model.addAttribute("next", returnTo);
        WorkspaceFrame.prepare(model, lang, "/workspace/login", "login");
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("loggedOut", loggedOut != null);
        HttpSession session = request.getSession(false);
        Object typed = session == null ? null : session.getAttribute(WorkspacePageSecurity.TYPED_EMAIL);
        if (session != null && typed != null) {
            session.removeAttribute(WorkspacePageSecurity.TYPED_EMAIL);
        }
        model.addAttribute("email", error != null || throttled != null ? typed : null);
        return "workspace/login";
    }

    @GetMapping(WorkspacePages.LOGOUT)
    String logout(@PathVariable("lang") String lang, Caller caller, Model model) {
        WorkspaceFrame.prepare(model, lang, "/workspace/logout", "logout", caller);
        return "workspace/logout";
    }
}
