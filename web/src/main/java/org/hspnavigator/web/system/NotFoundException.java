package org.hspnavigator.web.system;

import org.hspnavigator.formats.validation.Problem;

/** A resource of the API that does not exist (an unknown FAQ id): answered 404 with the detail in words. */
public final class NotFoundException extends RefusedRequestException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Problem detail) {
        super(detail);
    }
}
