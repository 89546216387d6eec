package org.hspnavigator.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
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

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<byte[]> invalid(InvalidRequestException e, HttpServletRequest request) {
        return Problems.response(Problems.invalid(e.problems(), request.getRequestURI(), AcceptLanguage.of(request)));
    }

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<byte[]> tooLarge(LimitExceededException e, HttpServletRequest request) {
        ObjectNode problem = Problems.problem(HttpStatus.CONTENT_TOO_LARGE, e.detail().text(AcceptLanguage.of(request)),
                request.getRequestURI());
        problem.put("limit", e.limit());
        problem.put("limitValue", e.value());
        // The rest of an oversized body is not read: the connection cannot serve another request.
        HttpHeaders headers = new HttpHeaders();
        headers.setConnection("close");
        return Problems.response(problem, headers);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e, HttpServletRequest request) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<byte[]> forbidden(ForbiddenException e, HttpServletRequest request) {
        return Problems.response(Problems.problem(HttpStatus.FORBIDDEN, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(UnauthorizedException.class)
    ResponseEntity<byte[]> unauthorized(UnauthorizedException e, HttpServletRequest request) {
        return Problems.response(Problems.problem(HttpStatus.UNAUTHORIZED, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<byte[]> conflict(ConflictException e, HttpServletRequest request) {
        return Problems.response(Problems.problem(HttpStatus.CONFLICT, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(ReportsBusyException.class)
    ResponseEntity<byte[]> reportsBusy(ReportsBusyException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(ReportsBusyException.RETRY_AFTER_SECONDS));
        return Problems.response(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(),
                request.getRequestURI()), headers);
    }

    /** A query string Tomcat cannot decode (%ZZ): the client's mistake, said as such. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<byte[]> undecodableQuery(InvalidParameterException e, HttpServletRequest request) {
        return Problems.response(Problems.problem(HttpStatus.BAD_REQUEST,
                "The query string cannot be decoded: " + e.getMessage(), request.getRequestURI()));
    }

    /**
     * A request Spring Security's firewall refuses only once its parameters are read (a form field whose
     * name holds a line break or another character it does not allow): the client's mistake, a 400. The
     * firewall's message, which quotes the name, is not repeated.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<byte[]> rejected(HttpServletRequest request) {
        return Problems.response(Problems.problem(HttpStatus.BAD_REQUEST, "The request was refused: the name or "
                + "value of a parameter holds a character that is not allowed (a line break or a control character).",
                request.getRequestURI()));
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
            return Problems.response(Problems.problem(response.getStatusCode(), detail(response, e),
                    request.getRequestURI()), response.getHeaders());
        }
        String logged = request.getMethod() + " " + LoggedRequests.masked(request.getRequestURI());
        Optional<String> storage = StorageUnavailable.cause(e);
        if (storage.isPresent()) {
            return StorageUnavailable.response(storage.get(), logged, request.getRequestURI());
        }
        return Problems.response(internalError(e, logged, request.getRequestURI()));
    }

    /** Spring MVC's own errors: the status and headers they carry, the problem written as all others. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
        ObjectNode problem = status.value() >= 500
                ? internalError(e, LoggedRequests.masked(path), path)
                : Problems.problem(status, e instanceof ErrorResponse response ? detail(response, e) : e.getMessage(),
                        path);
        ResponseEntity<byte[]> response = Problems.response(problem, headers);
        return new ResponseEntity<>(response.getBody(), response.getHeaders(), response.getStatusCode());
    }

    /**
     * A 500 problem with a fresh id, logged with the stack trace under that id. The log keeps the classes
     * and the stack frames of the exception and its causes but not their messages: a database's message
     * may quote the values of a row (a name, an e-mail), and no log line may hold personal data.
     */
    public static ObjectNode internalError(Throwable e, String request, String instance) {
        String id = UUID.randomUUID().toString();
        LOG.error("internal error {} in {}", id, request, withoutMessages(e, 0));
        ObjectNode problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "An internal error occurred; please report it with the id " + id + ".", instance);
        problem.put("errorId", id);
        return problem;
    }

    private static Throwable withoutMessages(Throwable e, int depth) {
        Throwable copy = new Throwable(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        if (e.getCause() != null && e.getCause() != e && depth < 20) {
            copy.initCause(withoutMessages(e.getCause(), depth + 1));
        }
        return copy;
    }

    private static String detail(ErrorResponse response, Exception e) {
        String detail = response.getBody().getDetail();
        return detail != null ? detail : e.getMessage();
    }
}
