package org.hspnavigator.web.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.hspnavigator.formats.text.Language;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The errors that happen outside the API's handlers (a request the server refuses before any
 * controller, an exception in a filter): answered as problems too, never as an HTML page or a stack
 * trace. Replaces Spring Boot's default error page.
 */
@Hidden
@RestController
public class ErrorEndpoint implements ErrorController {

    private final UnavailablePages unavailablePages;

    ErrorEndpoint(UnavailablePages unavailablePages) {
        this.unavailablePages = unavailablePages;
    }

    /** The error's answer: a problem, or the unavailable page for a page whose change the storage refused. */
    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            // A response already under way (ResponseStoppedException) takes nothing after its bytes: the
            // connection is closed instead, which says more than a problem lost in the middle of a body.
            return null;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? request.getRequestURI() : uri.toString();
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status.is5xxServerError()) {
            Throwable cause = exception instanceof Throwable thrown ? thrown : new IllegalStateException("status " + status);
            // A filter's write (the session, a token's last use) on a full or read-only disk.
            Optional<String> storage = request.getAttribute(StorageRefusals.CAUSE) instanceof String refused
                    ? Optional.of(refused) : StorageUnavailable.cause(cause);
            if (storage.isPresent()) {
                Throwable failure = request.getAttribute(StorageRefusals.FAILURE) instanceof Throwable refusal ? refusal : cause;
                String logged = request.getMethod() + " " + LoggedRequests.masked(instance);
                Optional<ModelAndView> page = unavailablePages.page(instance.substring(request.getContextPath().length()), false);
                if (page.isEmpty()) {
                    return StorageUnavailable.response(storage.get(), failure, logged, instance, AcceptLanguage.of(request));
                }
                StorageUnavailable.log(storage.get(), failure, logged);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(StorageUnavailable.RETRY_AFTER_SECONDS));
                return page.get();
            }
            return Problems.response(ApiExceptionHandler.internalError(cause, LoggedRequests.masked(instance), instance,
                    AcceptLanguage.of(request)));
        }
        Language language = AcceptLanguage.of(request);
        return Problems.response(Problems.problem(status, Problems.title(status, language), instance, language));
    }
}
