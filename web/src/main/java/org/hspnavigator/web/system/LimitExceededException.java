package org.hspnavigator.web.system;

import org.hspnavigator.formats.validation.Problem;

/**
 * A request over one of the {@link RequestLimits}: answered 413 with the limit's name and value, so
 * that the client knows what to split or shorten, and what exceeded it in the client's language.
 */
public final class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String limit;
    private final long value;
    private final Problem detail;

    /**
     * @param limit  the limit's property name, e.g. {@code maxBodyBytes}
     * @param value  the limit's value
     * @param detail what exceeded it (a key of the validation texts, {@code limit.*})
     */
    public LimitExceededException(String limit, long value, Problem detail) {
        super(detail.english());
        this.limit = limit;
        this.value = value;
        this.detail = detail;
    }

    /** What exceeded the limit, to be said in the client's language. */
    public Problem detail() {
        return detail;
    }

    public String limit() {
        return limit;
    }

    public long value() {
        return value;
    }
}
