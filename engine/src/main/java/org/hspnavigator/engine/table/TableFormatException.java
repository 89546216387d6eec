package org.hspnavigator.engine.table;

/**
 * A point-table file that the strict loader refuses, with the file, line and column at fault. The
 * official tables ship inside the engine, so meeting one at run time means a broken build.
 */
public final class TableFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TableFormatException(String message) {
        super(message);
    }
}
