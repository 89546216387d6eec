package org.hspnavigator.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The run from which the {@code hsp} launcher records the server's class-data archive (or, on Java 25 and
 * later, its ahead-of-time cache) after each build: the server started on a free port, one request of each
 * kind a client sends first, then a clean stop. An archive holds only what was loaded while it was
 * recorded; one recorded at the end of start-up would leave the classes of the first request (Tomcat's
 * request processing, the message converters, the engine, the error responses) to be read from the jars
 * and linked at every start, before the first answer.
 */
public final class StartupTrainingRun {

    /** Where the build puts the repository's examples among the server's resources. */
    private static final String EXAMPLES = "/org/hspnavigator/web/examples/";

    private StartupTrainingRun() {
    }

    /** Runs the server with the launcher's settings (database, port 0), sends the requests, then stops it. */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(HspServer.class);
        // Spring finds the bean definitions generated ahead of time by the name of the main class.
        application.setMainApplicationClass(HspServer.class);
        ConfigurableApplicationContext context = application.run("--server.port=0");
        int exitCode;
        try {
            String port = context.getEnvironment().getProperty("local.server.port");
            for (Request request : requests()) {
                request.send("http://127.0.0.1:" + port);
            }
        } finally {
            exitCode = SpringApplication.exit(context);
        }
        System.exit(exitCode);
    }

    /** The requests sent, in the order a user's first steps would send them. */
    static List<Request> requests() {
        return List.of(
                new Request("POST", "/api/v1/assessments", "application/json", example("mr-zhang.json")),
                new Request("POST", "/api/v1/assessments", "application/json", "{}".getBytes()),
                new Request("POST", "/api/v1/advice", "application/json", example("mr-zhang.json")),
                new Request("POST", "/api/v1/permanent-residence", "application/json", example("case-zhang.json")),
                new Request("GET", "/api/v1/faq", null, null),
                new Request("GET", "/en/", null, null),
                new Request("GET", "/actuator/health/readiness", null, null));
    }

    private static byte[] example(String name) {
        try (InputStream in = StartupTrainingRun.class.getResourceAsStream(EXAMPLES + name)) {
            if (in == null) {
                throw new IllegalStateException("no example " + name + " among the server's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request of the run: its answer is read whole and discarded, whatever its status. */
    record Request(String method, String path, String contentType, byte[] body) {

        void send(String server) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(server + path).toURL().openConnection();
                connection.setRequestMethod(method);
                if (body != null) {
                    connection.setDoOutput(true);
                    connection.setRequestProperty("Content-Type", contentType);
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(body);
                    }
                }
                InputStream answer = connection.getResponseCode() < 400 ? connection.getInputStream()
                        : connection.getErrorStream();
                if (answer != null) {
                    try (answer) {
                        answer.readAllBytes();
                    }
                }
                connection.disconnect();
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            }
        }
    }
}
