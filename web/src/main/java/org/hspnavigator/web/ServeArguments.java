package org.hspnavigator.web;

import java.io.PrintStream;
import java.util.OptionalInt;

/**
 * The command line of {@code hsp serve}: {@code --port N} (or {@code --port=N}), {@code --db URL} and
 * {@code --help}.
 * Anything else is a usage error, exit code 2, as with the other commands; Spring's own
 * {@code --name=value} arguments are not accepted, so that a typo never starts a server on
 * unexpected settings.
 */
final class ServeArguments {

    private static final int USAGE_ERROR = 2;

    private final OptionalInt port;
    private final String database;
    private final OptionalInt exitCode;

    private ServeArguments(OptionalInt port, String database, OptionalInt exitCode) {
        this.port = port;
        this.database = database;
        this.exitCode = exitCode;
    }

    /** The code to exit with at once (0 after the help, 2 after a usage error), or empty to start the server. */
    OptionalInt exitCode() {
        return exitCode;
    }

    /** The arguments for Spring: the port, when given, as {@code --server.port}; the database as {@code --hsp.db.url}. */
    String[] springArguments() {
        java.util.List<String> arguments = new java.util.ArrayList<>();
        if (port.isPresent()) {
            arguments.add("--server.port=" + port.getAsInt());
        }
        if (database != null) {
            arguments.add("--hsp.db.url=" + database);
        }
        return arguments.toArray(String[]::new);
    }

    /** The arguments read, after printing the help (to {@code out}) or a usage error (to {@code err}) if asked or wrong. */
    static ServeArguments parse(String[] args, PrintStream out, PrintStream err) {
        OptionalInt port = OptionalInt.empty();
        String database = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                HspServer.printUsage(out);
                return new ServeArguments(OptionalInt.empty(), null, OptionalInt.of(0));
            }
            if (arg.equals("--db") || arg.startsWith("--db=")) {
                if (arg.equals("--db") && i + 1 >= args.length) {
                    return usageError(err, "--db: missing value; expected a JDBC URL");
                }
                database = arg.equals("--db") ? args[++i] : arg.substring("--db=".length());
                try {
                    org.hspnavigator.web.storage.Database.of(database);
                } catch (IllegalArgumentException e) {
                    return usageError(err, "--db: " + e.getMessage());
                }
                continue;
            }
            String value;
            if (arg.equals("--port")) {
                if (i + 1 >= args.length) {
                    return usageError(err, "--port: missing value; expected a port number");
                }
                value = args[++i];
            } else if (arg.startsWith("--port=")) {
                value = arg.substring("--port=".length());
            } else {
                return usageError(err, "unknown argument \"" + arg + "\"");
            }
            OptionalInt parsed = portNumber(value);
            if (parsed.isEmpty()) {
                return usageError(err, "--port: expected a number from 0 to 65535, got \"" + value + "\"");
            }
            port = parsed;
        }
        return new ServeArguments(port, database, OptionalInt.empty());
    }

    private static OptionalInt portNumber(String value) {
        if (!value.matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int port = Integer.parseInt(value);
        return port <= 65_535 ? OptionalInt.of(port) : OptionalInt.empty();
    }

    private static ServeArguments usageError(PrintStream err, String problem) {
        err.println("hsp serve: " + problem);
        err.println("Try 'hsp serve --help' for more information.");
        err.flush();
        return new ServeArguments(OptionalInt.empty(), null, OptionalInt.of(USAGE_ERROR));
    }
}
