package org.hspnavigator.web.system;

/**
 * A request over one of the {@link RequestLimits}: answered 413 with the limit's name and value, so
 * that the client knows what to split or shorten.
 */
public final class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String limit;
    private final long value;

    /**
     * @param limit  the limit's property name, e.g. {@code maxBodyBytes}
     * @param value  the limit's value
     * @param detail what exceeded it, in words
     */
    public LimitExceededException(String limit, long value, String detail) {
        super(detail);
        this.limit = limit;
        this.value = value;
    }

    public String limit() {
        return limit;
    }

    public long value() {
        return value;
    }
}
