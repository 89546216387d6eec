package org.hspnavigator.web;

import java.io.PrintStream;
import org.hspnavigator.web.admin.ToolCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The server of {@code ./hsp serve [--port N] [--db URL]}: HSP Navigator's public JSON API and the
 * workspace over HTTP, on port 8080 unless {@code --port} or the {@code SERVER_PORT} environment variable
 * says otherwise. The same jar runs {@code hsp admin}, {@code hsp backup} and {@code hsp restore}
 * ({@link ToolCommand}), which start no server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HspServer {

    static final String USAGE = """
            Usage: hsp serve [--port N] [--db URL]
            Start the HTTP server: HSP Navigator's public JSON API (/api/v1/...), the workspace of
            applicants for logged-in users, its OpenAPI description (/v3/api-docs) and a Swagger UI page
            (/swagger-ui.html), on http://localhost:8080 by default. Stop it with Ctrl-C or SIGTERM:
            requests under way are finished first.

            Options:
              --port N     Listen on port N (1 to 65535; 0 picks a free port). Default: the SERVER_PORT
                           environment variable, else 8080.
              --db URL     The workspace's database: a JDBC URL of PostgreSQL
                           (jdbc:postgresql://HOST/DB?user=U&password=P). Default: the HSP_DB_URL
                           environment variable, else the SQLite file hsp.db in HSP_DATA_DIR, else in
                           ./data (created on first start).
              -h, --help   Show this help message and exit.

            The first owner is created with 'hsp admin create-owner'; see 'hsp admin --help'.

            Health for load balancers: /actuator/health/liveness and /actuator/health/readiness.
            The README ("Server and API") has a curl example for every endpoint.
            """;

    public static void main(String[] args) {
        if (args.length > 0 && ToolCommand.handles(args[0])) {
            quietLogs();
            System.exit(new ToolCommand(System.out, System.err, System.in, terminal(), System.getenv()).run(args));
        }
        ServeArguments arguments = ServeArguments.parse(args, System.out, System.err);
        if (arguments.exitCode().isPresent()) {
            System.exit(arguments.exitCode().getAsInt());
        }
        SpringApplication.run(HspServer.class, arguments.springArguments());
    }

    /**
     * The commands that start no server log only warnings and errors, to standard error: their standard
     * output is data (a token).
     */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.reset();
            ch.qos.logback.classic.encoder.PatternLayoutEncoder encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%level %logger{0}: %msg%n");
            encoder.start();
            ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
                    new ch.qos.logback.core.ConsoleAppender<>();
            appender.setContext(context);
            appender.setTarget("System.err");
            appender.setEncoder(encoder);
            appender.start();
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(ch.qos.logback.classic.Level.WARN);
            root.addAppender(appender);
        }
    }

    /**
     * The console when standard input and output are a terminal, else null. From Java 22 on,
     * {@code System.console()} answers even without a terminal, and {@code Console.isTerminal()} (looked up
     * by name, as this code also runs on Java 17) tells the difference.
     */
    static java.io.Console terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(terminal) ? console : null;
        } catch (ReflectiveOperationException beforeJava22) {
            return console;
        }
    }

    static void printUsage(PrintStream out) {
        out.print(USAGE);
        out.flush();
    }
}
