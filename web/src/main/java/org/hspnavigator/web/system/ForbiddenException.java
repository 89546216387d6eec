package org.hspnavigator.web.system;

import org.hspnavigator.formats.validation.Problem;

/** A request the caller's role does not allow: answered 403 with the detail in words. */
public final class ForbiddenException extends RefusedRequestException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(Problem detail) {
        super(detail);
    }
}
