package org.hspnavigator.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.JsonObjectBodies;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The caller's own account: who they are ({@code GET /api/v1/me}), their password, and the CSRF token
 * a browser sends back with every state-changing request. Login and logout are Spring Security's own
 * ({@code POST /api/v1/login}, {@code POST /api/v1/logout}).
 */
@RestController
@Tag(name = "Account", description = "Login, the caller's account and the CSRF token")
public class AccountController {

    private final AccountRepository repository;
    private final Accounts accounts;
    private final JsonObjectBodies bodies;
    private final AuditLog audit;

    public AccountController(AccountRepository repository, Accounts accounts, JsonObjectBodies bodies, AuditLog audit) {
        this.repository = repository;
        this.accounts = accounts;
        this.bodies = bodies;
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/csrf", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "csrfToken", summary = "The CSRF token of the session",
            description = "A browser session sends it back in the X-CSRF-TOKEN header (or the _csrf form field) with "
                    + "every state-changing request, the login included. It changes at login: ask again after it.")
    public ResponseEntity<byte[]> csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        ObjectNode body = StrictJson.nodes().objectNode();
        body.put("headerName", token.getHeaderName());
        body.put("parameterName", token.getParameterName());
        body.put("token", token.getToken());
        return JsonResponses.ok(body);
    }

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "me", summary = "The caller: user, organization and role")
    public ResponseEntity<byte[]> me(Caller caller) {
        AccountRepository.User user = repository.user(caller.organizationId(), caller.userId()).orElseThrow();
        ObjectNode body = MemberController.member(user);
        body.put("organizationName", repository.organizationName(caller.organizationId()).orElse(""));
        caller.tokenId().ifPresent(token -> body.put("tokenId", token));
        return JsonResponses.ok(body);
    }

    @PutMapping(path = "/api/v1/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changePassword", summary = "Change the caller's password",
            description = "currentPassword and newPassword: at least 12 characters, not a common password.")
    public ResponseEntity<byte[]> changePassword(Caller caller, HttpServletRequest request) throws IOException {
        JsonObjectBodies.Body body = bodies.read(request, List.of("currentPassword", "newPassword"), "what.passwords");
        String current = body.fields().text("currentPassword", 1000).orElse(null);
        String replacement = body.fields().text("newPassword", 1000).orElse(null);
        body.requireValid();
        try {
            accounts.changePassword(caller.userId(), current, replacement);
        } catch (Accounts.RefusedException e) {
            throw new InvalidRequestException(e.violations().stream().map(Problems.Located::body).toList());
        }
        audit.record(caller, AuditAction.PASSWORD_CHANGED, AuditLog.USER, caller.userId());
        return JsonResponses.noContent();
    }
}
