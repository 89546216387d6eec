package org.hspnavigator.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.validation.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns every exception of a request into an RFC 9457 problem: the input's problems (400, also a
 * parameter the firewall refuses), Spring
 * MVC's own errors with their status and headers (404 no such path, 405 with Allow, 406, 415 with
 * Accept...), the limits (413), a database whose storage is full, read-only or failing as a 503
 * ({@link StorageUnavailable}), and anything unexpected as a 500 whose id is also logged with the stack
 * trace, which never reaches the client.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** The parameter Tomcat names in its message about a value it cannot decode. */
    private static final Pattern UNDECODABLE_PARAMETER = Pattern.compile("Parameter \\[([^\\]]*)\\]");

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<byte[]> invalid(InvalidRequestException e, HttpServletRequest request) {
        return Problems.response(Problems.invalid(e.problems(), request.getRequestURI(), AcceptLanguage.of(request)));
    }

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<byte[]> tooLarge(LimitExceededException e, HttpServletRequest request) {
        ObjectNode problem = Problems.problem(HttpStatus.CONTENT_TOO_LARGE, e.detail(), request.getRequestURI(),
                AcceptLanguage.of(request));
        problem.put("limit", e.limit());
        problem.put("limitValue", e.value());
        // The rest of an oversized body is not read: the connection cannot serve another request.
        HttpHeaders headers = new HttpHeaders();
        headers.setConnection("close");
        return Problems.response(problem, headers);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e, HttpServletRequest request) {
        return refused(HttpStatus.NOT_FOUND, e, request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<byte[]> forbidden(ForbiddenException e, HttpServletRequest request) {
        return refused(HttpStatus.FORBIDDEN, e, request);
    }

    @ExceptionHandler(UnauthorizedException.class)
    ResponseEntity<byte[]> unauthorized(UnauthorizedException e, HttpServletRequest request) {
        return refused(HttpStatus.UNAUTHORIZED, e, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<byte[]> conflict(ConflictException e, HttpServletRequest request) {
        return refused(HttpStatus.CONFLICT, e, request);
    }

    private static ResponseEntity<byte[]> refused(HttpStatus status, RefusedRequestException e,
            HttpServletRequest request) {
        return Problems.response(Problems.problem(status, e.detail(), request.getRequestURI(), AcceptLanguage.of(request)));
    }

    @ExceptionHandler(ReportsBusyException.class)
    ResponseEntity<byte[]> reportsBusy(ReportsBusyException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(ReportsBusyException.RETRY_AFTER_SECONDS));
        return Problems.response(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, e.detail(),
                request.getRequestURI(), AcceptLanguage.of(request)), headers);
    }

    /**
     * A query string Tomcat cannot decode (%ZZ): the client's mistake, said as such, naming the parameter
     * Tomcat's message quotes. The rest of that message is English advice to the server's operator (debug
     * logging), not to the client.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<byte[]> undecodableQuery(InvalidParameterException e, HttpServletRequest request) {
        Matcher parameter = UNDECODABLE_PARAMETER.matcher(String.valueOf(e.getMessage()));
        return Problems.response(Problems.problem(HttpStatus.BAD_REQUEST, Problem.of("query.undecodable",
                parameter.find() ? parameter.group(1) : "?"), request.getRequestURI(), AcceptLanguage.of(request)));
    }

    /**
     * A request Spring Security's firewall refuses only once its parameters are read (a form field whose
     * name holds a line break or another character it does not allow): the client's mistake, a 400. The
     * firewall's message, which quotes the name, is not repeated.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<byte[]> rejected(HttpServletRequest request) {
        return Problems.response(Problems.problem(HttpStatus.BAD_REQUEST, Problem.of("request.rejected"),
                request.getRequestURI(), AcceptLanguage.of(request)));
    }

    /**
     * A streamed response stopped after it began: nothing may be written after the bytes already sent,
     * least of all a problem; thrown on, it reaches Tomcat, which closes the connection.
     */
    @ExceptionHandler(ResponseStoppedException.class)
    void stopped(ResponseStoppedException e) throws ResponseStoppedException {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> internal(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response) {
            Language language = AcceptLanguage.of(request);
            return Problems.response(Problems.problem(response.getStatusCode(), detail(response, e, language),
                    request.getRequestURI(), language), response.getHeaders());
        }
        String logged = request.getMethod() + " " + LoggedRequests.masked(request.getRequestURI());
        Optional<String> storage = StorageUnavailable.cause(e);
        if (storage.isPresent()) {
            return StorageUnavailable.response(storage.get(), e, logged, request.getRequestURI(), AcceptLanguage.of(request));
        }
        return Problems.response(internalError(e, logged, request.getRequestURI(), AcceptLanguage.of(request)));
    }

    /** Spring MVC's own errors: the status and headers they carry, the problem written as all others. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = request instanceof ServletWebRequest servlet ? servlet.getRequest() : null;
        String path = servletRequest == null ? "" : servletRequest.getRequestURI();
        Language language = servletRequest == null ? Language.EN : AcceptLanguage.of(servletRequest);
        ObjectNode problem = status.value() >= 500
                ? internalError(e, LoggedRequests.masked(path), path, language)
                : Problems.problem(status, e instanceof ErrorResponse response ? detail(response, e, language)
                        : e.getMessage(), path, language);
        ResponseEntity<byte[]> response = Problems.response(problem, headers);
        return new ResponseEntity<>(response.getBody(), response.getHeaders(), response.getStatusCode());
    }

    /**
     * A 500 problem with a fresh id, logged with the stack trace under that id. The log keeps the classes
     * and the stack frames of the exception and its causes but not their messages: a database's message
     * may quote the values of a row (a name, an e-mail), and no log line may hold personal data.
     */
    public static ObjectNode internalError(Throwable e, String request, String instance, Language language) {
        String id = UUID.randomUUID().toString();
        LOG.error("internal error {} in {}", id, request, withoutMessages(e, 0));
        ObjectNode problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, Problem.of("internal.error", id),
                instance, language);
        problem.put("errorId", id);
        return problem;
    }

    private static Throwable withoutMessages(Throwable e, int depth) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        if (e.getCause() != null && e.getCause() != e && depth < 20) {
            copy.initCause(withoutMessages(e.getCause(), depth + 1));
        }
        // A rollback that failed replaces the statement's failure, which Spring keeps aside (and no longer
        // logs itself, application.properties): it is logged with the rollback's.
        if (e instanceof TransactionSystemException ending && ending.getApplicationException() != null && depth < 20) {
            copy.addSuppressed(withoutMessages(ending.getApplicationException(), depth + 1));
        }
        return copy;
    }

    /**
     * The detail of Spring MVC's own errors: Spring's words in English, and in another language the same
     * facts in the validation texts, for the errors a client meets (a wrong path, method or media type, a
     * missing parameter); any other keeps Spring's words.
     */
    private static String detail(ErrorResponse response, Exception e, Language language) {
        String detail = response.getBody().getDetail();
        String english = detail != null ? detail : e.getMessage();
        if (language == Language.EN) {
            return english;
        }
        return SpringProblems.of(e).map(problem -> problem.text(language)).orElse(english);
    }
}
