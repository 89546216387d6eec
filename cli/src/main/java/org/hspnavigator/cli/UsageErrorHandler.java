package org.hspnavigator.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be parsed: what is wrong, the command or option probably meant when a
 * name is mistyped, and where to get help; exit 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println(command + ": " + problem(exception, commandLine));
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    private static String problem(CommandLine.ParameterException exception, CommandLine commandLine) {
        if (exception instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            List<String> arguments = unmatched.getUnmatched();
            boolean commandExpected = !commandLine.getSubcommands().isEmpty();
            if (commandExpected && !arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
                return "unknown command '" + arguments.get(0) + "'" + didYouMean(suggestions)
                        + " (commands: " + String.join(", ", commandLine.getSubcommands().keySet()) + ")";
            }
            if (!suggestions.isEmpty()) {
                return exception.getMessage() + didYouMean(suggestions);
            }
        }
        return exception.getMessage();
    }

    private static String didYouMean(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?";
    }
}
