package org.hspnavigator.web.system;

/** A resource of the API that does not exist (an unknown FAQ id): answered 404 with the detail in words. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail);
    }
}
