package org.hspnavigator.web.system;

import org.hspnavigator.formats.validation.Problem;

/**
 * A request the API refuses with a status of its own (404, 409, 403, 401, 503 busy): the detail is a
 * {@link Problem} of the validation texts, written in the language the request's
 * {@code Accept-Language} asks for, and in English (the exception's message) without it.
 */
public abstract class RefusedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem detail;

    protected RefusedRequestException(Problem detail) {
        super(detail.english());
        this.detail = detail;
    }

    /** What was refused and why, to be said in the client's language. */
    public Problem detail() {
        return detail;
    }
}
