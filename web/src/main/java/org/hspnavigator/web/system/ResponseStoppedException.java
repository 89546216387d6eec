package org.hspnavigator.web.system;

import org.apache.coyote.BadRequestException;

/**
 * A request found bad after its response began to stream (a batch over its rows limit, text that stops
 * being CSV), when the status already sent can no longer say so. The response's last bytes say why, in
 * the response's own format; this exception then makes Tomcat close the connection before the end of the
 * chunked body, so that every HTTP client reports the response as incomplete rather than whole. Tomcat's
 * kind for a bad request, because Tomcat ends it so without logging a stack trace for what a client sent;
 * the API's handlers let it through ({@link ApiExceptionHandler}) and the error endpoint writes nothing
 * after the bytes already sent ({@link ErrorEndpoint}).
 */
public final class ResponseStoppedException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public ResponseStoppedException(String reason) {
        super(reason);
    }
}
