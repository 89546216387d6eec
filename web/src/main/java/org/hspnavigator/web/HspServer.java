package org.hspnavigator.web;

import java.util.Locale;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.hspnavigator.web.admin.ToolCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server of {@code ./hsp serve [--port N] [--db URL] [--lang LANG]}: HSP Navigator's public JSON API and the
 * workspace over HTTP, on port 8080 unless {@code --port} or the {@code SERVER_PORT} environment variable
 * says otherwise. The same jar runs {@code hsp admin}, {@code hsp backup} and {@code hsp restore}
 * ({@link ToolCommand}), which start no server.
 */
@SpringBootApplication(excludeName = {
        // Meters that nothing reads: only the health endpoint is exposed and no registry exports them.
        // Each was made and bound at every start (the JVM's, the system's, the pool's, the log's, the
        // executors' and the certificates' meters, and the start-up timers); Tomcat's started the JVM's
        // JMX server to read Tomcat's MBeans (bench/README.md). The registry itself and the observations
        // of requests (hsp.observations.enabled) stay.
        "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
        "org.springframework.boot.tomcat.autoconfigure.metrics.TomcatMetricsAutoConfiguration",
        // The info endpoint is not exposed, so nothing asks its contributors or the build's details.
        "org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration",
        "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration"})
@ConfigurationPropertiesScan
public class HspServer {

    public static void main(String[] args) {
        if (args.length > 0 && ToolCommand.handles(args[0])) {
            quietLogs();
            System.exit(new ToolCommand(System.out, System.err, System.in, terminal(), System.getenv(), Locale.getDefault())
                    .run(args));
        }
        ServeArguments arguments = ServeArguments.parse(args, System.out, System.err, LanguageEnvironment.system());
        if (arguments.exitCode().isPresent()) {
            System.exit(arguments.exitCode().getAsInt());
        }
        ConfigurableApplicationContext server = SpringApplication.run(HspServer.class, arguments.springArguments());
        // Once the server answers: Spring's own log says the port in English, this line in the user's language.
        arguments.announce(server.getEnvironment().getProperty("local.server.port"), System.err);
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
}
