package org.hspnavigator.web.system;

import java.util.List;

/** A request whose input has problems, all of them: answered 400 with each one's place and words. */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problems.Located> problems;

    public InvalidRequestException(List<Problems.Located> problems) {
        super(problems.size() + " problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problems.Located> problems() {
        return problems;
    }
}
