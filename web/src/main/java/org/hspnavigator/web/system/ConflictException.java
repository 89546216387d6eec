package org.hspnavigator.web.system;

import org.hspnavigator.formats.validation.Problem;

/**
 * A request that cannot be done in the present state of what it names (a status transition that is not
 * allowed, an e-mail already taken, an applicant without the facts a computation needs): answered 409
 * with the detail in words.
 */
public class ConflictException extends RefusedRequestException {

    private static final long serialVersionUID = 1L;

    public ConflictException(Problem detail) {
        super(detail);
    }
}
