package org.hspnavigator.web.system;

/** A request without a valid login or token, found after Spring Security let it pass: answered 401. */
public final class UnauthorizedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String detail) {
        super(detail);
    }
}
