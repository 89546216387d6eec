package org.hspnavigator.web.system;

/** A request the caller's role does not allow: answered 403 with the detail in words. */
public final class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(detail);
    }
}
