package org.hspnavigator.web.system;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description the server publishes at {@code /v3/api-docs}: the paths come from the
 * controllers' annotations; the schemas of the bodies from {@code openapi-schemas.json} (the
 * contract of docs/rules.md §18 in JSON Schema), each with an example made from {@code examples/}
 * ({@link ApiExamples}); and every operation lists the problems it may answer. The description is
 * also kept in the repository ({@code docs/openapi.json}), and a test fails when the two differ.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    private static final String SCHEMAS = "#/components/schemas/";
    public static final String CATEGORY = SCHEMAS + "Category";
    public static final String PROFILE = SCHEMAS + "Profile";
    public static final String PROFILE_DOCUMENT = SCHEMAS + "ProfileDocument";
    public static final String CASE = SCHEMAS + "Case";
    public static final String ASSESSMENT_DOCUMENT = SCHEMAS + "AssessmentDocument";
    public static final String ADVICE = SCHEMAS + "Advice";
    public static final String PERMANENT_RESIDENCE = SCHEMAS + "PermanentResidence";
    public static final String FAMILY = SCHEMAS + "Family";
    public static final String CHECKLIST = SCHEMAS + "Checklist";
    public static final String MYTH = SCHEMAS + "Myth";
    public static final String MYTHS = SCHEMAS + "Myths";
    public static final String RULE_SETS = SCHEMAS + "RuleSets";
    public static final String POINT_TABLES = SCHEMAS + "PointTables";
    public static final String PROBLEM = SCHEMAS + "Problem";

    /** The problems every operation may answer besides its own: the statuses of the RFC 9457 section in the README. */
    private static final Map<String, String> PROBLEMS_OF_EVERY_OPERATION = Map.of(
            "406", "The client accepts no JSON",
            "500", "An internal error; the problem's errorId is also in the server's log");
    private static final Map<String, String> PROBLEMS_OF_A_BODY = Map.of(
            "400", "Invalid input: errors names every problem, by JSON path or query parameter, in the words of the "
                    + "command line",
            "413", "Over a limit: the body's size, an array's length or the nesting depth",
            "415", "The body is not application/json");
    private static final Map<String, String> PROBLEMS_OF_A_QUERY = Map.of(
            "400", "Invalid query parameter: errors names it");

    static {
        // The caller of a request comes from its login or token, never from its parameters.
        org.springdoc.core.utils.SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(org.hspnavigator.web.security.Caller.class);
    }

    @Bean
    OpenAPI hspOpenApi() {
        return new OpenAPI()
                .info(new Info().title("HSP Navigator API").version("v1")
                        .description("Japan's Highly Skilled Professional (高度専門職) points system, exact to the official "
                                + "rules: the same answers, field names and messages as the hsp command line's --json "
                                + "output. Errors are RFC 9457 problems (application/problem+json)."))
                .servers(List.of(new Server().url("/").description("This server")))
                // No login: every operation is open to anyone, which an empty requirement says explicitly.
                .security(List.of(new SecurityRequirement()))
                .components(new Components().securitySchemes(WorkspaceDocumentation.securitySchemes()));
    }

    /**
     * The schemas, their examples and the problems, added when the description is first asked for: the
     * bean above is made at every start, and reading the schemas there (with the OpenAPI library's own
     * JSON mapper) took a few percent of the server's start-up, which no first API request needs.
     */
    @Bean
    OpenApiCustomizer problemsAndExamples() {
        return openApi -> {
            schemas().forEach(openApi.getComponents()::addSchemas);
            new ApiExamples().addTo(openApi.getComponents().getSchemas());
            WorkspaceDocumentation workspace = new WorkspaceDocumentation();
            workspace.schemas().forEach(openApi.getComponents()::addSchemas);
            workspace.apply(openApi);
            for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                        path.getValue().readOperationsMap().entrySet()) {
                    boolean hasBody = operation.getValue().getRequestBody() != null;
                    problems(operation.getValue(), PROBLEMS_OF_EVERY_OPERATION);
                    if (hasBody && operation.getValue().getRequestBody().getContent().containsKey("text/csv")) {
                        problems(operation.getValue(), Map.of("400", "Invalid rows or header: errors has each, in the "
                                + "words of hsp batch", "413", "Over a limit: the body's size or the rows of CSV",
                                "415", "The body is not text/csv"));
                        if (answersCsv(operation.getValue())) {
                            problems(operation.getValue(), Map.of(
                                    "400", "A bad header or query parameter, an empty body, or text not CSV in its "
                                            + "charset, found before the answer began: errors names each (invalid "
                                            + "rows are answered in the error column)",
                                    "406", "The client accepts no text/csv",
                                    "413", "More rows than maxCsvRows, found before the answer began"));
                        }
                    } else if (hasBody) {
                        problems(operation.getValue(), PROBLEMS_OF_A_BODY);
                    } else if (operation.getValue().getParameters() != null && !operation.getValue().getParameters().isEmpty()) {
                        problems(operation.getValue(), PROBLEMS_OF_A_QUERY);
                    }
                    if (path.getKey().contains("{")) {
                        problems(operation.getValue(), Map.of("404", "No such resource"));
                    }
                }
            }
            workspace.addLoginAndLogout(openApi);
        };
    }

    private static boolean answersCsv(Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        return ok != null && ok.getContent() != null && ok.getContent().containsKey("text/csv");
    }

    private static void problems(Operation operation, Map<String, String> problems) {
        problems.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(problem -> problem(operation, problem.getKey(), problem.getValue()));
    }

    /** Adds a problem answer to an operation. */
    static void problem(Operation operation, String status, String description) {
        operation.getResponses().addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(Problems.PROBLEM_JSON.toString(),
                        new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> schemas() {
        try (InputStream in = ApiDocumentation.class.getResourceAsStream("openapi-schemas.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi-schemas.json is missing from the jar");
            }
            return Json31.mapper().readValue(in, Components.class).getSchemas();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
