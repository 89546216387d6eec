package org.hspnavigator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.cli.input.RefusedOptionValue;
import org.hspnavigator.cli.language.UsageProblems;
import org.hspnavigator.formats.procedure.ChecklistOptions;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.LanguageEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be parsed: what is wrong (an option's value refused, or the procedure
 * missing, in the API's words for the same mistake), the command or option probably meant when a name
 * is mistyped, and where to get help, in the language of the usage help (from {@code --lang} on the
 * command line, else the environment); exit 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private final LanguageEnvironment environment;

    UsageErrorHandler(LanguageEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        Language language = environment.forHelp(List.of(args));
        UsageProblems problems = new UsageProblems(language);
        String problem = exception.getCause() instanceof RefusedOptionValue refused
                ? refusedValue(exception.getArgSpec(), refused, language)
                : missingOption(exception, language).orElseGet(() -> problem(exception, commandLine, problems));
        err.println(command + ": " + problem);
        err.println(problems.tryHelp(command));
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /**
     * An option's value refused in the words the API gives for its query parameter, after the option's
     * name as the command line's other problems name their place ({@code --date: ...}).
     */
    private static String refusedValue(ArgSpec option, RefusedOptionValue refused, Language language) {
        String name = option instanceof OptionSpec named ? named.longestName() : option.paramLabel();
        return name + ": " + refused.problem().text(language);
    }

    /**
     * A required option that is missing and that the API also requires as a query parameter: in the API's
     * words, after the option's name; empty for any other problem.
     */
    private static Optional<String> missingOption(CommandLine.ParameterException exception, Language language) {
        if (exception instanceof MissingParameterException missing && missing.getMissing().size() == 1
                && missing.getMissing().get(0) instanceof OptionSpec option
                && option.longestName().equals("--procedure")) {
            return Optional.of(option.longestName() + ": " + ChecklistOptions.procedureRequired().text(language));
        }
        return Optional.empty();
    }

    private static String problem(CommandLine.ParameterException exception, CommandLine commandLine,
            UsageProblems problems) {
        if (exception instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            String suggestion = suggestions.isEmpty() ? null : suggestions.get(0);
            List<String> arguments = unmatched.getUnmatched();
            boolean commandExpected = !commandLine.getSubcommands().isEmpty();
            if (commandExpected && !arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
                return problems.unknownCommand(arguments.get(0), suggestion,
                        new ArrayList<>(commandLine.getSubcommands().keySet()));
            }
            return problems.message(exception.getMessage()) + problems.didYouMean(suggestion);
        }
        return problems.message(exception.getMessage());
    }
}
