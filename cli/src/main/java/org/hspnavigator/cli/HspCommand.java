package org.hspnavigator.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import org.hspnavigator.cli.advise.AdviseCommand;
import org.hspnavigator.cli.batch.BatchCommand;
import org.hspnavigator.cli.checklist.ChecklistCommand;
import org.hspnavigator.cli.family.FamilyCommand;
import org.hspnavigator.cli.faq.FaqCommand;
import org.hspnavigator.cli.pr.PrCommand;
import org.hspnavigator.cli.score.ScoreCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hsp} command: a parent for the subcommands, with the shared error handling. */
@Command(name = "hsp",
        mixinStandardHelpOptions = true,
        versionProvider = HspCommand.Version.class,
        description = {
            "HSP Navigator: Japan's Highly Skilled Professional (高度専門職) visa points, exact to the official rules.",
            ""
        },
        subcommands = {ScoreCommand.class, AdviseCommand.class, BatchCommand.class, PrCommand.class, FamilyCommand.class, ChecklistCommand.class, FaqCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Run 'hsp help score' for the details of a command."})
public final class HspCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'hsp score FILE'");
    }

    /**
     * A command line wired for real use or for tests: output and errors to the given writers, "today"
     * from the clock, parse errors as exit code 2 and internal errors as 1 without a stack trace.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock, InputStream stdin) {
        CommandLine commandLine = new CommandLine(new HspCommand(), new CommandFactory(clock, stdin));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        return commandLine;
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
