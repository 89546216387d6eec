package org.hspnavigator.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hspnavigator.cli.advise.AdviseCommand;
import org.hspnavigator.cli.batch.BatchCommand;
import org.hspnavigator.cli.checklist.ChecklistCommand;
import org.hspnavigator.cli.family.FamilyCommand;
import org.hspnavigator.cli.faq.FaqCommand;
import org.hspnavigator.cli.interview.NewCommand;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.hspnavigator.cli.language.UsageHelpLanguage;
import org.hspnavigator.cli.pr.PrCommand;
import org.hspnavigator.cli.report.ReportCommand;
import org.hspnavigator.cli.score.ScoreCommand;
import org.hspnavigator.cli.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hsp} command: a parent for the subcommands, with the shared error handling. The
 * subcommands are added in code rather than in the annotation, so that a command line can hold only
 * the one being run.
 */
@Command(name = "hsp",
        mixinStandardHelpOptions = true,
        versionProvider = HspCommand.Version.class,
        description = {
            "HSP Navigator: Japan's Highly Skilled Professional (高度専門職) visa points, exact to the official rules.",
            ""
        },
        footer = {"", "Run 'hsp help score' for the details of a command."})
public final class HspCommand implements Runnable {

    /**
     * The commands by name, in the order help lists them, before {@code help}. Each name is the one in
     * its class's {@code @Command} annotation (tested), spelled out so that finding the command to run
     * reads no annotation.
     */
    private static final Map<String, Class<?>> COMMANDS = byName();
    /** The commands that never read the official rules. */
    private static final Set<String> WITHOUT_RULES = Set.of("faq");
    /** The standard options of every command, which print without running it. */
    private static final Set<String> HELP_AND_VERSION = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'hsp score FILE'");
    }

    /**
     * A command line wired for real use or for tests, with every subcommand: output and errors to the
     * given writers, "today" from the clock, parse errors as exit code 2 and internal errors as 1
     * without a stack trace.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock, InputStream stdin) {
        return commandLine(out, err, clock, stdin, LanguageEnvironment.english());
    }

    /** As {@link #commandLine(PrintWriter, PrintWriter, Clock, InputStream)}, in the languages {@code environment} picks. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock, InputStream stdin,
            LanguageEnvironment environment) {
        List<Class<?>> all = new ArrayList<>(COMMANDS.values());
        // Listed for help only: the launcher runs the server's own jar for 'serve' and the workspace's commands.
        all.add(ServeCommand.class);
        all.add(org.hspnavigator.cli.serve.ServerJarCommands.AdminCommand.class);
        all.add(org.hspnavigator.cli.serve.ServerJarCommands.BackupCommand.class);
        all.add(org.hspnavigator.cli.serve.ServerJarCommands.RestoreCommand.class);
        all.add(CommandLine.HelpCommand.class);
        return commandLine(all, out, err, clock, stdin, environment);
    }

    /**
     * The command line of {@link #commandLine(PrintWriter, PrintWriter, Clock, InputStream)} for running
     * {@code args}, with only the subcommand they name first if they do: picocli builds the model of
     * every command it holds, by reflection, before it parses anything, and the models of the commands
     * not run are start-up time spent for nothing. Any other first argument (none, an option,
     * {@code help}, a mistyped name) gets every subcommand, so that help, usage errors and suggestions
     * list them all.
     */
    public static CommandLine commandLineFor(String[] args, PrintWriter out, PrintWriter err, Clock clock,
            InputStream stdin) {
        return commandLineFor(args, out, err, clock, stdin, LanguageEnvironment.english());
    }

    /**
     * As {@link #commandLineFor(String[], PrintWriter, PrintWriter, Clock, InputStream)}, with the texts in
     * the language of {@code --lang}, else the one {@code environment} gives ({@code HSP_LANG}, the
     * system's locale); without it, English whatever the machine.
     */
    public static CommandLine commandLineFor(String[] args, PrintWriter out, PrintWriter err, Clock clock,
            InputStream stdin, LanguageEnvironment environment) {
        Class<?> named = args.length == 0 ? null : COMMANDS.get(args[0]);
        CommandLine commandLine = named == null
                ? commandLine(out, err, clock, stdin, environment)
                : commandLine(List.of(named), out, err, clock, stdin, environment);
        // Picocli renders the usage before any option is run, so its language comes from the arguments themselves.
        UsageHelpLanguage.apply(commandLine, environment.forHelp(List.of(args)));
        return commandLine;
    }

    /**
     * Whether {@code args} run a command that reads the official rules: not {@code faq}, not a command's
     * help or version, and neither help, the version nor a usage error of {@code hsp} itself. Only a
     * hint to load the rules early: a command that needs them loads them anyway.
     */
    static boolean readsRules(String[] args) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0]) || WITHOUT_RULES.contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (HELP_AND_VERSION.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /** The commands by name, without {@code help}. */
    static Map<String, Class<?>> commands() {
        return COMMANDS;
    }

    private static CommandLine commandLine(List<Class<?>> subcommands, PrintWriter out, PrintWriter err,
            Clock clock, InputStream stdin, LanguageEnvironment environment) {
        CommandLine commandLine = new CommandLine(new HspCommand(), new CommandFactory(clock, stdin, environment));
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        // Each subcommand has the standard -V/--version option but no version of its own: without this,
        // 'hsp score -V' printed nothing.
        setVersion(commandLine.getSubcommands().values(), new Version());
        // The settings below reach only the subcommands already added.
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        UsageErrorHandler usageErrors = new UsageErrorHandler(environment);
        commandLine.setParameterExceptionHandler(usageErrors);
        ParseErrorsFirst.collectErrors(commandLine);
        commandLine.setExecutionStrategy(new ParseErrorsFirst(usageErrors));
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        return commandLine;
    }

    /** Gives every command, and the commands under it ({@code hsp new profile}), the version of hsp. */
    private static void setVersion(Collection<CommandLine> commands, Version version) {
        for (CommandLine command : commands) {
            command.getCommandSpec().versionProvider(version);
            setVersion(command.getSubcommands().values(), version);
        }
    }

    private static Map<String, Class<?>> byName() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("score", ScoreCommand.class);
        commands.put("advise", AdviseCommand.class);
        commands.put("batch", BatchCommand.class);
        commands.put("pr", PrCommand.class);
        commands.put("family", FamilyCommand.class);
        commands.put("checklist", ChecklistCommand.class);
        commands.put("report", ReportCommand.class);
        commands.put("faq", FaqCommand.class);
        commands.put("new", NewCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /** The version printed by {@code --version}, from the jar's manifest when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HspCommand.class.getPackage().getImplementationVersion();
            return new String[] {"hsp " + (version == null ? "(development build)" : version)};
        }
    }
}
