package org.hspnavigator.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A command line that cannot be parsed: one line saying what is wrong and where to get help; exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandName() + ": " + exception.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
