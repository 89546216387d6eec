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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be parsed: what is wrong (every option value refused, or the procedure
 * missing, in the API's words for the same mistakes), the command or option probably meant when a name
 * is mistyped, and where to get help, in the language of the usage help (from {@code --lang} on the
 * command line, else the environment); exit 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private final LanguageEnvironment environment;

    UsageErrorHandler(LanguageEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        return handle(List.of(exception), args);
    }

    /**
     * Reports the errors of one command line: every option value refused (one line each, as the API
     * answers every refused query parameter at once), then the first of the other problems, the one
     * picocli would have stopped at; exit 2.
     */
    int handle(List<ParameterException> errors, String[] args) {
        CommandLine commandLine = errors.get(0).getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        List<ParameterException> refused = errors.stream().filter(UsageErrorHandler::refusesAValue).toList();
        Language language = refused.stream().anyMatch(UsageErrorHandler::refusesTheReportLanguage) ? Language.EN
                : environment.forHelp(List.of(args));
        UsageProblems problems = new UsageProblems(language);
        for (ParameterException value : refused) {
            err.println(command + ": " + refusedValue(value, language, problems));
        }
        errors.stream().filter(error -> !refusesAValue(error)).findFirst().ifPresent(other -> err.println(command + ": "
                + missingOption(other, language).orElseGet(() -> problem(other, other.getCommandLine(), problems))));
        err.println(problems.tryHelp(command));
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** Whether {@code error} refuses the value of an option, rather than the shape of the command line. */
    private static boolean refusesAValue(ParameterException error) {
        return error.getCause() instanceof RefusedOptionValue
                || error.getCause() instanceof LanguageEnvironment.UnknownLanguage;
    }

    /**
     * Whether {@code error} refuses the language of {@code hsp report}: then no language is known that the
     * person reads, and the problems are told in English.
     */
    private static boolean refusesTheReportLanguage(ParameterException error) {
        return error.getCause() instanceof RefusedOptionValue && error.getArgSpec() instanceof OptionSpec option
                && option.longestName().equals("--lang");
    }

    /**
     * An option's value refused in the words the API gives for its query parameter, after the option's
     * name as the command line's other problems name their place ({@code --date: ...}); a language not
     * among the five in the words of every command's {@code --lang}.
     */
    private static String refusedValue(ParameterException error, Language language, UsageProblems problems) {
        if (error.getCause() instanceof RefusedOptionValue refused) {
            ArgSpec option = error.getArgSpec();
            String name = option instanceof OptionSpec named ? named.longestName() : option.paramLabel();
            return name + ": " + refused.problem().text(language);
        }
        return problems.message(error.getMessage());
    }

    /**
     * A required option that is missing and that the API also requires as a query parameter: in the API's
     * words, after the option's name; empty for any other problem.
     */
    private static Optional<String> missingOption(ParameterException exception, Language language) {
        if (exception instanceof MissingParameterException missing && missing.getMissing().size() == 1
                && missing.getMissing().get(0) instanceof OptionSpec option
                && option.longestName().equals("--procedure")) {
            return Optional.of(option.longestName() + ": " + ChecklistOptions.procedureRequired().text(language));
        }
        return Optional.empty();
    }

    private static String problem(ParameterException exception, CommandLine commandLine,
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
