package org.hspnavigator.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * An unexpected exception: a defect of hsp, reported in one line with exit code 1. The stack trace is
 * printed only when HSP_DEBUG is set, because users cannot act on it and it may echo their data.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": internal error ("
                + exception.getClass().getSimpleName() + "); please report it. Set HSP_DEBUG=1 for details.");
        if (System.getenv("HSP_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
