package org.hspnavigator.web;

import java.io.PrintStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The server of {@code ./hsp serve [--port N]}: HSP Navigator's public JSON API over HTTP, on port
 * 8080 unless {@code --port} or the {@code SERVER_PORT} environment variable says otherwise.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HspServer {

    static final String USAGE = """
            Usage: hsp serve [--port N]
            Start the HTTP server: HSP Navigator's public JSON API (/api/v1/...), its OpenAPI description
            (/v3/api-docs) and a Swagger UI page (/swagger-ui.html), on http://localhost:8080 by default.
            Stop it with Ctrl-C or SIGTERM: requests under way are finished first.

            Options:
              --port N     Listen on port N (1 to 65535; 0 picks a free port). Default: the SERVER_PORT
                           environment variable, else 8080.
              -h, --help   Show this help message and exit.

            Health for load balancers: /actuator/health/liveness and /actuator/health/readiness.
            The README ("Server and API") has a curl example for every endpoint.
            """;

    public static void main(String[] args) {
        ServeArguments arguments = ServeArguments.parse(args, System.out, System.err);
        if (arguments.exitCode().isPresent()) {
            System.exit(arguments.exitCode().getAsInt());
        }
        SpringApplication.run(HspServer.class, arguments.springArguments());
    }

    static void printUsage(PrintStream out) {
        out.print(USAGE);
        out.flush();
    }
}
