package org.hspnavigator.web.system;

import java.util.Optional;
import org.hspnavigator.formats.validation.Problem;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The facts of Spring MVC's own errors that a client meets (no such path, a method or a media type the
 * endpoint does not take, a missing parameter) as {@link Problem}s of the validation texts, so that the
 * API says them in the language of {@code Accept-Language}; in English Spring's own words stay.
 */
final class SpringProblems {

    private SpringProblems() {
    }

    static Optional<Problem> of(Exception e) {
        if (e instanceof NoResourceFoundException missing) {
            return Optional.of(Problem.of("http.noResource", missing.getResourcePath()));
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return Optional.of(Problem.of("http.methodNotSupported", method.getMethod()));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return Optional.of(Problem.of("http.notAcceptable", notAcceptable.getSupportedMediaTypes().toString()));
        }
        if (e instanceof HttpMediaTypeNotSupportedException unsupported && unsupported.getContentType() != null) {
            return Optional.of(Problem.of("http.mediaTypeNotSupported", unsupported.getContentType().toString()));
        }
        if (e instanceof MissingServletRequestParameterException parameter) {
            return Optional.of(Problem.of("http.missingParameter", parameter.getParameterName()));
        }
        return Optional.empty();
    }
}
