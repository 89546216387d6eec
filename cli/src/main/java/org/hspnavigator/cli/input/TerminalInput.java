package org.hspnavigator.cli.input;

import java.io.Console;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Standard input when a person types it at a terminal rather than a file or a pipe: a command told to
 * read {@code -} from it says what it waits for, instead of waiting silently.
 */
public final class TerminalInput extends FilterInputStream {

    public TerminalInput(InputStream in) {
        super(in);
    }

    /** The process's standard input, marked as a terminal when it is one. */
    public static InputStream standardInput() {
        return isTerminal() ? new TerminalInput(System.in) : System.in;
    }

    /**
     * Whether the process runs at a terminal. Up to Java 21 a console exists only then; from Java 22 one
     * may exist for a redirected process too, and {@code Console.isTerminal()} tells.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        if (Runtime.version().feature() < 22) {
            // Without looking for a method that cannot be there: the exception costs every start at a terminal.
            return true;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException beforeJava22) {
            return true;
        }
    }
}
