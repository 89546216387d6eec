package org.hspnavigator.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command only when its command line parsed without an error. Picocli collects the errors
 * instead of stopping at the first (so that every refused option value is told at once, as the API
 * tells every refused query parameter), and then would run the command regardless: here the errors
 * go to the usage error handler instead, all of them, and the command is not run.
 */
final class ParseErrorsFirst implements CommandLine.IExecutionStrategy {

    private final UsageErrorHandler errors;

    ParseErrorsFirst(UsageErrorHandler errors) {
        this.errors = errors;
    }

    /** Makes {@code commandLine} and every command under it collect their parse errors. */
    static void collectErrors(CommandLine commandLine) {
        commandLine.getCommandSpec().parser().collectErrors(true);
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            collectErrors(subcommand);
        }
    }

    @Override
    public int execute(ParseResult parseResult) {
        List<ParameterException> found = new ArrayList<>();
        for (ParseResult command = parseResult; command != null; command = command.subcommand()) {
            for (Exception error : command.errors()) {
                ParameterException problem = error instanceof ParameterException parameter ? parameter
                        : new ParameterException(command.commandSpec().commandLine(), error.getMessage(), error, null,
                                null);
                if (!found.contains(problem)) {
                    found.add(problem);
                }
            }
        }
        if (!found.isEmpty()) {
            return errors.handle(found, parseResult.originalArgs().toArray(String[]::new));
        }
        return new CommandLine.RunLast().execute(parseResult);
    }
}
