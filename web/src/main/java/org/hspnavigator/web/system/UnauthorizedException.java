package org.hspnavigator.web.system;

import org.hspnavigator.formats.validation.Problem;

/** A request without a valid login or token, found after Spring Security let it pass: answered 401. */
public final class UnauthorizedException extends RefusedRequestException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(Problem detail) {
        super(detail);
    }
}
