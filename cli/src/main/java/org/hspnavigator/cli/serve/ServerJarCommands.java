package org.hspnavigator.cli.serve;

import java.util.List;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The commands of the workspace that the {@code ./hsp} launcher runs from the server's jar, like
 * {@code serve}: listed here so that {@code hsp --help} and {@code hsp help admin} describe them. Run
 * from the command line's jar by hand, they say where they run.
 */
public final class ServerJarCommands {

    private ServerJarCommands() {
    }

    /** Says that the launcher runs the command from the server's jar. */
    static int notHere(CommandSpec spec, String command) {
        spec.commandLine().getErr().println("hsp " + command + ": run by the ./hsp launcher from the server's jar "
                + "(web/target/hsp-web.jar); run ./hsp " + command + " ..., or java -jar web/target/hsp-web.jar "
                + command + " ...");
        spec.commandLine().getErr().flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** {@code hsp admin}. */
    @Command(name = "admin",
            mixinStandardHelpOptions = true,
            headerHeading = "",
            header = "Administer the workspace: create an organization's owner, or an API token.",
            synopsisHeading = "%nUsage: ",
            customSynopsis = {
                "hsp admin create-owner --org NAME --email EMAIL [--db URL] [--lang LANG]",
                "       hsp admin create-token --email EMAIL --name NAME [--db URL] [--lang LANG]"},
            descriptionHeading = "%n",
            description = {
                "create-owner: a new organization and its first owner. There is no default account or password: the "
                        + "password is asked for on the terminal, or read as the first line of standard input when it "
                        + "is not a terminal (at least 12 characters, not a common password).",
                "create-token: an API token for the user with EMAIL, printed once to standard output.",
                "--db URL: the database as for 'hsp serve' (default: HSP_DB_URL, else ./data/hsp.db or HSP_DATA_DIR)."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  ./hsp admin create-owner --org \"Tanaka Office\" --email owner@example.jp",
                "  echo \"$PASSWORD\" | ./hsp admin create-owner --org \"Tanaka Office\" --email owner@example.jp",
                "  ./hsp admin create-token --email owner@example.jp --name ci"
            })
    public static final class AdminCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", hidden = true)
        private List<String> arguments;

        @Override
        public Integer call() {
            return notHere(spec, "admin");
        }
    }

    /** {@code hsp backup}. */
    @Command(name = "backup",
            mixinStandardHelpOptions = true,
            headerHeading = "",
            header = "Write a backup of the workspace's database to a new file, while the server runs.",
            synopsisHeading = "%nUsage: ",
            customSynopsis = "hsp backup FILE [--db URL] [--lang LANG]",
            descriptionHeading = "%n",
            description = {
                "The backup is a SQLite database file: SQLite's own online backup of the default database, or a "
                        + "consistent export of PostgreSQL. 'hsp restore' puts it into an empty database of either kind."
            },
            footerHeading = "%nExamples:%n",
            footer = {"  ./hsp backup backups/hsp-2026-11-27.db"})
    public static final class BackupCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", hidden = true)
        private List<String> arguments;

        @Override
        public Integer call() {
            return notHere(spec, "backup");
        }
    }

    /** {@code hsp restore}. */
    @Command(name = "restore",
            mixinStandardHelpOptions = true,
            headerHeading = "",
            header = "Restore a backup into an empty database (SQLite or PostgreSQL).",
            synopsisHeading = "%nUsage: ",
            customSynopsis = "hsp restore FILE [--db URL] [--lang LANG]",
            descriptionHeading = "%n",
            description = {"A database that holds any data is refused: nothing is overwritten."},
            footerHeading = "%nExamples:%n",
            footer = {
                "  HSP_DATA_DIR=/srv/hsp ./hsp restore backups/hsp-2026-11-27.db",
                "  ./hsp restore backups/hsp-2026-11-27.db --db 'jdbc:postgresql://db/hsp?user=hsp&password=...'"
            })
    public static final class RestoreCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", hidden = true)
        private List<String> arguments;

        @Override
        public Integer call() {
            return notHere(spec, "restore");
        }
    }
}
