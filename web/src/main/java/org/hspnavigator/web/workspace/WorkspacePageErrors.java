package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.hspnavigator.web.system.AcceptLanguage;
import org.hspnavigator.web.system.ApiExceptionHandler;
import org.hspnavigator.web.system.ForbiddenException;
import org.hspnavigator.web.system.LoggedRequests;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.PageLanguage;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.StorageUnavailable;
import org.hspnavigator.web.system.UnauthorizedException;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The errors of the workspace's pages as pages in the page's language, ahead of the API's problems: an
 * id the user's organization does not see is the not-found page (404), exactly like an id that does not
 * exist, so that a page never tells whether another organization's row exists (the site's not-found page,
 * in the workspace's frame); an owner's page asked
 * for by a member is the forbidden page (403), which names no row; a session whose user was disabled
 * meanwhile goes back to the login page; a change the database cannot take now (its disk full, read-only
 * or failing) is the unavailable page (503, with {@code Retry-After}), which says the change was not saved.
 */
@ControllerAdvice(basePackageClasses = WorkspacePageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspacePageErrors {

    private final UnavailablePage unavailable;

    WorkspacePageErrors(UnavailablePage unavailable) {
        this.unavailable = unavailable;
    }

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

    /**
     * A failure of the database while a page was made or a form was taken: the unavailable page when the
     * storage refused, and otherwise the internal error the API answers, whose details only the log has.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    Object storageRefused(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        String logged = request.getMethod() + " " + LoggedRequests.masked(request.getRequestURI());
        Optional<String> cause = StorageUnavailable.cause(e);
        Optional<ModelAndView> page = unavailable.page(path(request), true);
        if (cause.isEmpty() || page.isEmpty()) {
            return Problems.response(ApiExceptionHandler.internalError(e, logged, request.getRequestURI(),
                    AcceptLanguage.of(request)));
        }
        StorageUnavailable.log(cause.get(), e, logged);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(StorageUnavailable.RETRY_AFTER_SECONDS));
        return page.get();
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
