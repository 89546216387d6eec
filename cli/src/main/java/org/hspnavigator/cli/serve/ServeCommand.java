package org.hspnavigator.cli.serve;

import java.util.concurrent.Callable;
import org.hspnavigator.cli.ExitCodes;
import org.hspnavigator.cli.language.LanguageOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hsp serve}, listed with the other commands so that {@code hsp --help} and
 * {@code hsp help serve} describe it. The {@code ./hsp} launcher runs the server's own jar for
 * {@code serve}, so that Spring starts for it alone and the other commands keep their start-up time;
 * this command only runs when the command line's jar is started by hand, and then says so.
 */
@Command(name = "serve",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        headerHeading = "",
        header = "Start the HTTP server: the JSON API, its OpenAPI description and Swagger UI.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
            "Serves HSP Navigator's public JSON API on http://localhost:8080 (/api/v1/...): the same answers, "
                    + "field names and messages as the commands' --json output, errors as RFC 9457 problems. "
                    + "The OpenAPI description is at /v3/api-docs, a Swagger UI page at /swagger-ui.html, and "
                    + "health for load balancers at /actuator/health/liveness and /readiness. Ctrl-C or SIGTERM "
                    + "stops it after the requests under way. The README (\"Server and API\") has a curl example "
                    + "for every endpoint.",
            "",
            "The workspace (applicants, application files, deadlines; logins and API tokens) keeps its data in "
                    + "./data/hsp.db (SQLite, created on first start; HSP_DATA_DIR names another folder), or in "
                    + "PostgreSQL with --db URL or HSP_DB_URL. The first owner is made with 'hsp admin create-owner'; "
                    + "the README (\"Workspace\") has a curl session."
        },
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./hsp serve",
            "  ./hsp serve --port 9090",
            "  SERVER_PORT=9090 ./hsp serve",
            "  ./hsp serve --db 'jdbc:postgresql://localhost/hsp?user=hsp&password=...'"
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N",
            description = "Listen on port N (0 picks a free one). Default: the SERVER_PORT environment variable, else 8080.")
    private Integer port;

    @Option(names = "--db", paramLabel = "URL",
            description = "The workspace's database: a JDBC URL of PostgreSQL. Default: the HSP_DB_URL environment "
                    + "variable, else the SQLite file hsp.db in HSP_DATA_DIR, else in ./data.")
    private String database;

    /** The language of the server's own lines (its usage errors, the address it listens on), as the server reads it. */
    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("hsp serve: the server is started by the ./hsp launcher, which runs its own "
                + "jar (web/target/hsp-web.jar); run ./hsp serve" + (port == null ? "" : " --port " + port));
        spec.commandLine().getErr().flush();
        return ExitCodes.INVALID_INPUT;
    }
}
