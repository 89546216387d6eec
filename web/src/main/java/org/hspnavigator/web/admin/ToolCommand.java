package org.hspnavigator.web.admin;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.account.AccountRepository;
import org.hspnavigator.web.account.Accounts;
import org.hspnavigator.web.security.AccountUsers;
import org.hspnavigator.web.storage.Backups;
import org.hspnavigator.web.storage.Database;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.storage.Migrations;
import org.hspnavigator.web.storage.StorageRefusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code hsp admin create-owner|create-token}, {@code hsp backup FILE} and {@code hsp restore FILE}: each
 * with {@code --db URL} as {@code hsp serve} has it, and {@code --lang LANG} (else {@code HSP_LANG}, else
 * the system's language) for its messages. Data (a token) to standard output, everything else
 * to standard error; exit 0 when done, 2 for a usage error or refused input, 1 for an internal error.
 */
public final class ToolCommand {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Console console;
    private final Map<String, String> environment;
    private final LanguageEnvironment languages;
    /** The words of the language chosen; set by {@link #run} before anything is printed. */
    private ConsoleTexts texts;

    /** A tool whose messages are in English unless {@code --lang} or {@code HSP_LANG} in {@code environment} say otherwise. */
    public ToolCommand(PrintStream out, PrintStream err, InputStream in, Console console, Map<String, String> environment) {
        this(out, err, in, console, environment, Locale.ROOT);
    }

    /** A tool whose messages are in the language of {@code --lang}, else {@code HSP_LANG}, else {@code locale}. */
    public ToolCommand(PrintStream out, PrintStream err, InputStream in, Console console, Map<String, String> environment,
            Locale locale) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.console = console;
        this.environment = environment;
        this.languages = new LanguageEnvironment(environment::get, locale);
    }

    /** Whether {@code command} is one of these tools. */
    public static boolean handles(String command) {
        return command.equals("admin") || command.equals("backup") || command.equals("restore");
    }

    /** Runs the tool named by {@code args[0]}; returns the exit code. */
    public int run(String[] args) {
        String name = "hsp " + args[0];
        List<String> arguments = Arrays.asList(args).subList(1, args.length);
        // The language of a problem found before --lang is read: the one --lang will name.
        texts = new ConsoleTexts(languages.forHelp(arguments));
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        String lang = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.print(texts.usage("tools"));
                return OK;
            }
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String option = equals < 0 ? arg : arg.substring(0, equals);
                if (!List.of("--db", "--org", "--email", "--name", "--lang").contains(option)) {
                    return usage(name, texts.text("tool.unknownOption", option));
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return usage(name, texts.text("missingValue", option));
                }
                if (option.equals("--lang")) {
                    lang = value;
                } else {
                    options.put(option, value);
                }
            } else {
                positional.add(arg);
            }
        }
        try {
            texts = new ConsoleTexts(languages.choose(lang));
        } catch (LanguageEnvironment.UnknownLanguage unknown) {
            return usage(name, texts.unknownLanguage(unknown));
        }
        Database database;
        try {
            database = Database.choose(options.getOrDefault("--db", environment.get("HSP_DB_URL")),
                    environment.get("HSP_DATA_DIR"));
        } catch (IllegalArgumentException e) {
            return usage(name, texts.text("option.problem", "--db",
                    e instanceof StorageRefusal refusal ? refusal.message(texts.language()) : e.getMessage()));
        }
        try {
            return switch (args[0]) {
                case "admin" -> admin(name, positional, options, database);
                case "backup" -> backup(name, positional, options, database);
                default -> restore(name, positional, options, database);
            };
        } catch (Migrations.NewerSchemaException | Backups.RefusedException e) {
            err.println(name + ": " + ((StorageRefusal) e).message(texts.language()));
            return USAGE;
        } catch (Exception e) {
            err.println(name + ": " + texts.text("tool.failed", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return INTERNAL_ERROR;
        }
    }

    private int admin(String name, List<String> positional, Map<String, String> options, Database database)
            throws IOException {
        if (positional.size() != 1 || !List.of("create-owner", "create-token").contains(positional.get(0))) {
            return usage(name, positional.isEmpty() ? texts.text("tool.admin.expectedNothing")
                    : texts.text("tool.admin.expected", positional.toString()));
        }
        String command = name + " " + positional.get(0);
        boolean owner = positional.get(0).equals("create-owner");
        List<String> required = owner ? List.of("--org", "--email") : List.of("--email", "--name");
        for (String option : options.keySet()) {
            if (!option.equals("--db") && !required.contains(option)) {
                return usage(command, texts.text("tool.notAnOptionOf", option, positional.get(0)));
            }
        }
        for (String option : required) {
            if (!options.containsKey(option)) {
                return usage(command, texts.text("tool.required", option));
            }
        }
        try (HikariDataSource dataSource = Backups.dataSource(database)) {
            new Migrations(database, dataSource).migrate();
            Clock clock = Clock.systemUTC();
            AccountRepository repository = new AccountRepository(JdbcClient.create(dataSource), new Ids(clock), clock);
            Accounts accounts = new Accounts(repository, PasswordEncoderFactories.createDelegatingPasswordEncoder());
            if (owner) {
                Optional<String> password = password(command);
                if (password.isEmpty()) {
                    return USAGE;
                }
                accounts.createOwner(options.get("--org"), options.get("--email"), password.get());
                err.println(command + ": " + texts.text("tool.ownerCreated", options.get("--org").strip(),
                        AccountUsers.normalizedEmail(options.get("--email")), database.shownUrl()));
                return OK;
            }
            Optional<AccountRepository.User> user = repository.userByEmail(AccountUsers.normalizedEmail(options.get("--email")));
            if (user.isEmpty() || !user.get().enabled()) {
                err.println(command + ": " + texts.text("tool.noSuchUser", database.shownUrl()));
                return USAGE;
            }
            Accounts.NewToken token = accounts.createToken(user.get().organizationId(), user.get().id(), options.get("--name"));
            out.println(token.token());
            err.println(command + ": " + texts.text("tool.tokenShownOnce", String.valueOf(token.id())));
            return OK;
        } catch (Accounts.RefusedException e) {
            for (Violation violation : e.violations()) {
                err.println(command + ": " + texts.text("option.problem", optionName(violation.path()),
                        violation.problem(texts.language())));
            }
            return USAGE;
        }
    }

    private static String optionName(String field) {
        return switch (field) {
            case "organization" -> "--org";
            case "email" -> "--email";
            case "name" -> "--name";
            default -> field;
        };
    }

    /** The new owner's password: asked twice on a terminal, else the first line of standard input. */
    private Optional<String> password(String command) throws IOException {
        String password;
        if (console != null) {
            char[] first = console.readPassword("%s", texts.text("tool.password.prompt"));
            char[] again = console.readPassword("%s", texts.text("tool.password.again"));
            if (first == null || again == null || !Arrays.equals(first, again)) {
                err.println(command + ": " + texts.text("tool.password.differ"));
                return Optional.empty();
            }
            password = new String(first);
        } else {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                err.println(command + ": " + texts.text("tool.password.none"));
                return Optional.empty();
            }
            password = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
        return Optional.of(password);
    }

    private int backup(String name, List<String> positional, Map<String, String> options, Database database)
            throws Exception {
        if (positional.size() != 1 || options.keySet().stream().anyMatch(o -> !o.equals("--db"))) {
            return usage(name, texts.text("tool.fileExpected"));
        }
        Map<String, Long> counts = Backups.backup(database, Path.of(positional.get(0)));
        err.println(name + ": " + texts.text("tool.backedUp", positional.get(0), database.shownUrl(), summary(counts)));
        return OK;
    }

    private int restore(String name, List<String> positional, Map<String, String> options, Database database)
            throws Exception {
        if (positional.size() != 1 || options.keySet().stream().anyMatch(o -> !o.equals("--db"))) {
            return usage(name, texts.text("tool.fileExpected"));
        }
        Map<String, Long> counts = Backups.restore(Path.of(positional.get(0)), database);
        err.println(name + ": " + texts.text("tool.restored", positional.get(0), database.shownUrl(), summary(counts)));
        return OK;
    }

    private String summary(Map<String, Long> counts) {
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        return texts.text("tool.summary", String.valueOf(counts.size()), String.valueOf(rows));
    }

    private int usage(String name, String problem) {
        err.println(name + ": " + problem);
        err.println(texts.tryHelp("hsp " + name.split(" ")[1]));
        return USAGE;
    }
}
