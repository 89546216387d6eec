package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hspnavigator.web.system.ForbiddenException;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.PageLanguage;
import org.hspnavigator.web.system.UnauthorizedException;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The errors of the workspace's pages as pages in the page's language, ahead of the API's problems: an
 * id the user's organization does not see is the not-found page (404), exactly like an id that does not
 * exist, so that a page never tells whether another organization's row exists (the site's not-found page,
 * in the workspace's frame); an owner's page asked
 * for by a member is the forbidden page (403), which names no row; a session whose user was disabled
 * meanwhile goes back to the login page.
 */
@ControllerAdvice(basePackageClasses = WorkspacePageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspacePageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        WorkspaceFrame.prepare(model, language(request), "/workspace/applicants", "");
        model.addAttribute("loggedIn", true);
        model.addAttribute("workspace", true);
        return "pages/not-found";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        WorkspaceFrame.prepare(model, language(request), "/workspace/applicants", "");
        model.addAttribute("loggedIn", true);
        return "workspace/forbidden";
    }

    @ExceptionHandler(UnauthorizedException.class)
    String unauthorized(HttpServletRequest request) {
        return "redirect:" + WorkspacePages.loginOf(path(request));
    }

    private static String language(HttpServletRequest request) {
        return WorkspacePages.languageOf(path(request)).orElse(PageLanguage.ENGLISH).tag();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
