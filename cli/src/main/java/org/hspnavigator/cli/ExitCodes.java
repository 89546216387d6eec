package org.hspnavigator.cli;

/** The exit codes of every {@code hsp} command (docs/rules.md §18). */
public final class ExitCodes {

    /** Success, whatever the verdict. */
    public static final int OK = 0;
    /** An internal error: a defect of hsp, not of the input. */
    public static final int INTERNAL_ERROR = 1;
    /** Invalid input or usage; the message on stderr says what to fix. */
    public static final int INVALID_INPUT = 2;
    /** A batch ran to its end but some rows were invalid; each is reported in the output. */
    public static final int SOME_ROWS_INVALID = 3;

    private ExitCodes() {
    }
}
