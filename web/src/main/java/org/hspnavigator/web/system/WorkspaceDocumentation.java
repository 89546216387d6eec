package org.hspnavigator.web.system;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.hspnavigator.web.security.PublicRoutes;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workspace's part of the OpenAPI description: its schemas and the body and answer of each of its
 * operations ({@code openapi-workspace.json}), the security schemes (an API token as a bearer token, or a
 * browser session with its CSRF token), the security requirement and the 401 and 403 problems of every
 * operation that is not public, and the login and logout, which Spring Security answers itself.
 */
final class WorkspaceDocumentation {

    static final String API_TOKEN = "apiToken";
    static final String SESSION = "session";
    static final String CSRF = "csrfToken";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    /** The operations that answer 409 when what they name is not in a state that allows them. */
    private static final java.util.Set<String> CONFLICTS = java.util.Set.of("changeMember", "assessApplicant",
            "applicantPermanentResidence", "changeApplication", "addApplicationEvent", "applicationChecklist",
            "markChecklistItem");

    private final JsonNode description;

    WorkspaceDocumentation() {
        try (InputStream in = WorkspaceDocumentation.class.getResourceAsStream("openapi-workspace.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi-workspace.json is missing from the jar");
            }
            description = Json31.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workspace's schemas, for the components of the description. */
    @SuppressWarnings("rawtypes")
    Map<String, Schema> schemas() {
        return Json31.mapper().convertValue(Map.of("schemas", description.get("schemas")),
                io.swagger.v3.oas.models.Components.class).getSchemas();
    }

    static Map<String, SecurityScheme> securitySchemes() {
        return Map.of(
                API_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token of POST /api/v1/tokens or hsp admin create-token, as "
                                + "Authorization: Bearer TOKEN. Needs no CSRF token."),
                SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("SESSION")
                        .description("The session cookie of POST /api/v1/login (HttpOnly, SameSite=Lax, Secure over HTTPS)."),
                CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-CSRF-TOKEN")
                        .description("The token of GET /api/v1/csrf: with a session, every request but GET sends it."));
    }

    /** Sets the body, answer, security and problems of every operation; adds login and logout. */
    void apply(OpenAPI openApi) {
        JsonNode operations = description.get("operations");
        for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                JsonNode documented = operation.getOperationId() == null ? null : operations.get(operation.getOperationId());
                if (documented != null) {
                    document(operation, documented);
                }
                if (!PublicRoutes.isPublic(entry.getKey().name(), path.getKey())) {
                    protect(operation, entry.getKey() != PathItem.HttpMethod.GET);
                }
            }
        }
    }

    /** Adds the login and the logout, whose problems are their own. */
    void addLoginAndLogout(OpenAPI openApi) {
        openApi.path("/api/v1/login", new PathItem().post(login()));
        openApi.path("/api/v1/logout", new PathItem().post(logout()));
        if (openApi.getTags() != null && openApi.getTags().stream().noneMatch(tag -> tag.getName().equals("Account"))) {
            openApi.addTagsItem(new Tag().name("Account"));
        }
        // In the order of their names: the order the controllers are found in is not always the same.
        if (openApi.getTags() != null) {
            openApi.setTags(new java.util.ArrayList<>(openApi.getTags().stream()
                    .sorted(java.util.Comparator.comparing(Tag::getName)).toList()));
        }
    }

    private static void document(Operation operation, JsonNode documented) {
        String status = documented.get(0).asText();
        ApiResponse success = operation.getResponses().getOrDefault("200", new ApiResponse());
        ApiResponses responses = operation.getResponses();
        responses.remove("200");
        if (success.getDescription() == null || success.getDescription().isEmpty() || success.getDescription().equals("OK")) {
            success.description(status.equals("204") ? "Done" : status.equals("201") ? "Made" : "The answer");
        }
        if (documented.get(1).isNull()) {
            success.content(null);
        } else {
            success.content(json(documented.get(1).asText()));
        }
        responses.addApiResponse(status, success);
        if (!documented.get(2).isNull()) {
            operation.requestBody(new RequestBody().required(true).content(json(documented.get(2).asText())));
        }
        if (CONFLICTS.contains(operation.getOperationId())) {
            ApiDocumentation.problem(operation, "409", "Not in the present state: a status transition that is not "
                    + "allowed, the last owner, or a case that lacks what this needs (the detail says what)");
        }
    }

    private static void protect(Operation operation, boolean changes) {
        SecurityRequirement session = new SecurityRequirement().addList(SESSION);
        if (changes) {
            session.addList(CSRF);
        }
        operation.security(List.of(new SecurityRequirement().addList(API_TOKEN), session));
        ApiDocumentation.problem(operation, "401", "No valid login or token: log in or send a token");
        ApiDocumentation.problem(operation, "403", changes
                ? "The role does not allow it, or a session's request lacks its CSRF token"
                : "The role does not allow it");
    }

    private static Operation login() {
        Operation login = new Operation().operationId("login").addTagsItem("Account")
                .summary("Log in: a session cookie (its id new), for the browser pages and scripts")
                .description("email and password as a form; the CSRF token of GET /api/v1/csrf in X-CSRF-TOKEN (or "
                        + "_csrf). After 5 failures within 15 minutes an account is locked for 15 minutes, and an address "
                        + "after 20: 429 with Retry-After. Ask GET /api/v1/csrf again afterwards: the token changes.")
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType(
                        "application/x-www-form-urlencoded", new MediaType().schema(ref("Login")))))
                .security(List.of(new SecurityRequirement().addList(CSRF)));
        login.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("Logged in")
                .content(json("LoggedIn"))));
        ApiDocumentation.problem(login, "401", "The e-mail or the password is wrong, or the account is disabled");
        ApiDocumentation.problem(login, "403", "The CSRF token is missing or invalid");
        ApiDocumentation.problem(login, "429", "Too many failed logins: the Retry-After header says when to try again");
        ApiDocumentation.problem(login, "500", "An internal error; the problem's errorId is also in the server's log");
        return login;
    }

    private static Operation logout() {
        Operation logout = new Operation().operationId("logout").addTagsItem("Account")
                .summary("Log out: the session ends, on every server")
                .security(List.of(new SecurityRequirement().addList(SESSION).addList(CSRF)));
        logout.responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Logged out")));
        ApiDocumentation.problem(logout, "403", "The CSRF token is missing or invalid");
        ApiDocumentation.problem(logout, "500", "An internal error; the problem's errorId is also in the server's log");
        return logout;
    }

    private static Content json(String schema) {
        return new Content().addMediaType(JSON, new MediaType().schema(ref(schema)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema ref(String schema) {
        return new Schema<>().$ref("#/components/schemas/" + schema);
    }
}
