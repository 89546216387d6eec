package org.hspnavigator.web;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.hspnavigator.web.admin.ConsoleTexts;
import org.hspnavigator.web.storage.StorageRefusal;

/**
 * The command line of {@code hsp serve}: {@code --port N} (or {@code --port=N}), {@code --db URL},
 * {@code --lang LANG} and {@code --help}.
 * Anything else is a usage error, exit code 2, as with the other commands; Spring's own
 * {@code --name=value} arguments are not accepted, so that a typo never starts a server on
 * unexpected settings. The help, the usage errors and the line that says where the server listens are in
 * the language of {@code --lang}, else {@code HSP_LANG}, else the system's, as with the other commands;
 * their texts are read only when one of them is printed.
 */
final class ServeArguments {

    private static final int USAGE_ERROR = 2;
    private static final String COMMAND = "hsp serve";

    private final OptionalInt port;
    private final String database;
    private final Language language;
    private final OptionalInt exitCode;

    private ServeArguments(OptionalInt port, String database, Language language, OptionalInt exitCode) {
        this.port = port;
        this.database = database;
        this.language = language;
        this.exitCode = exitCode;
    }

    /** The code to exit with at once (0 after the help, 2 after a usage error), or empty to start the server. */
    OptionalInt exitCode() {
        return exitCode;
    }

    /** The language of the server's own lines on the console. */
    Language language() {
        return language;
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

    /** Says on {@code err} where the server that has started listens. */
    void announce(String localPort, PrintStream err) {
        err.println(COMMAND + ": " + new ConsoleTexts(language).text("serve.listening", localPort));
        err.flush();
    }

    /** As {@link #parse(String[], PrintStream, PrintStream, LanguageEnvironment)}, in English unless {@code --lang} says otherwise. */
    static ServeArguments parse(String[] args, PrintStream out, PrintStream err) {
        return parse(args, out, err, LanguageEnvironment.english());
    }

    /**
     * The arguments read, after printing the help (to {@code out}) or a usage error (to {@code err}) if asked
     * or wrong, in the language {@code environment} and {@code --lang} choose.
     */
    static ServeArguments parse(String[] args, PrintStream out, PrintStream err, LanguageEnvironment environment) {
        // The language of a usage error found before --lang is read: the one --lang will name.
        Language messages = environment.forHelp(List.of(args));
        OptionalInt port = OptionalInt.empty();
        String database = null;
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.print(new ConsoleTexts(messages).usage("serve"));
                out.flush();
                return new ServeArguments(OptionalInt.empty(), null, messages, OptionalInt.of(0));
            }
            if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                if (arg.equals("--lang") && i + 1 >= args.length) {
                    return usageError(err, messages, new ConsoleTexts(messages).text("missingValue", "--lang"));
                }
                lang = arg.equals("--lang") ? args[++i] : arg.substring("--lang=".length());
                continue;
            }
            if (arg.equals("--db") || arg.startsWith("--db=")) {
                if (arg.equals("--db") && i + 1 >= args.length) {
                    return usageError(err, messages, new ConsoleTexts(messages).text("serve.db.missing"));
                }
                database = arg.equals("--db") ? args[++i] : arg.substring("--db=".length());
                try {
                    org.hspnavigator.web.storage.Database.of(database);
                } catch (IllegalArgumentException e) {
                    return usageError(err, messages, new ConsoleTexts(messages).text("option.problem", "--db",
                            e instanceof StorageRefusal refusal ? refusal.message(messages) : e.getMessage()));
                }
                continue;
            }
            String value;
            if (arg.equals("--port")) {
                if (i + 1 >= args.length) {
                    return usageError(err, messages, new ConsoleTexts(messages).text("serve.port.missing"));
                }
                value = args[++i];
            } else if (arg.startsWith("--port=")) {
                value = arg.substring("--port=".length());
            } else {
                return usageError(err, messages, new ConsoleTexts(messages).text("serve.unknownArgument", arg));
            }
            OptionalInt parsed = portNumber(value);
            if (parsed.isEmpty()) {
                return usageError(err, messages, new ConsoleTexts(messages).text("serve.port.invalid", value));
            }
            port = parsed;
        }
        Language language;
        try {
            language = environment.choose(lang);
        } catch (LanguageEnvironment.UnknownLanguage unknown) {
            return usageError(err, messages, new ConsoleTexts(messages).unknownLanguage(unknown));
        }
        return new ServeArguments(port, database, language, OptionalInt.empty());
    }

    private static OptionalInt portNumber(String value) {
        if (!value.matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int port = Integer.parseInt(value);
        return port <= 65_535 ? OptionalInt.of(port) : OptionalInt.empty();
    }

    private static ServeArguments usageError(PrintStream err, Language language, String problem) {
        err.println(COMMAND + ": " + problem);
        err.println(new ConsoleTexts(language).tryHelp(COMMAND));
        err.flush();
        return new ServeArguments(OptionalInt.empty(), null, language, OptionalInt.of(USAGE_ERROR));
    }
}
