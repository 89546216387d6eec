package org.hspnavigator.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.JsonObjectBodies;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.NotFoundException;
import org.hspnavigator.web.system.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * API tokens for programs: a user makes their own (the token is in the answer once, and only its hash is
 * kept) and revokes them; an owner sees and revokes every token of the organization. A token acts for its
 * user, in the user's organization, until revoked or the user is disabled.
 */
@RestController
@Tag(name = "Tokens", description = "API tokens for programs (Authorization: Bearer)")
public class TokenController {

    private final AccountRepository repository;
    private final Accounts accounts;
    private final JsonObjectBodies bodies;
    private final AuditLog audit;

    public TokenController(AccountRepository repository, Accounts accounts, JsonObjectBodies bodies, AuditLog audit) {
        this.repository = repository;
        this.accounts = accounts;
        this.bodies = bodies;
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listTokens", summary = "The caller's tokens, or all of the organization's for an owner")
    public ResponseEntity<byte[]> list(Caller caller) {
        ArrayNode tokens = StrictJson.nodes().arrayNode();
        accounts.tokensOf(caller).forEach(token -> tokens.add(token(token)));
        ObjectNode body = StrictJson.nodes().objectNode();
        body.set("tokens", tokens);
        return JsonResponses.ok(body);
    }

    @PostMapping(path = "/api/v1/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createToken", summary = "Make an API token for the caller",
            description = "name: what it is for. The answer's token is shown this once; send it as "
                    + "Authorization: Bearer TOKEN.")
    public ResponseEntity<byte[]> create(Caller caller, HttpServletRequest request) throws IOException {
        JsonObjectBodies.Body body = bodies.read(request, List.of("name"), "what.newToken");
        body.fields().requirePresent("name", "meaning.tokenName");
        String name = body.fields().text("name", Accounts.MAX_TOKEN_NAME).orElse(null);
        body.requireValid();
        Accounts.NewToken made;
        try {
            made = accounts.createToken(caller.organizationId(), caller.userId(), name);
        } catch (Accounts.RefusedException e) {
            throw new InvalidRequestException(e.violations().stream().map(Problems.Located::body).toList());
        }
        audit.record(caller, AuditAction.TOKEN_CREATED, AuditLog.TOKEN, made.id());
        ObjectNode answer = token(repository.token(caller.organizationId(), made.id()).orElseThrow());
        answer.put("token", made.token());
        return JsonResponses.created(answer);
    }

    @DeleteMapping(path = "/api/v1/tokens/{tokenId}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token: it stops working at once")
    public ResponseEntity<byte[]> revoke(Caller caller, @PathVariable("tokenId") String tokenId) {
        if (!accounts.revokeToken(caller, tokenId)) {
            throw new NotFoundException(Problem.of("notFound.token", tokenId));
        }
        audit.record(caller, AuditAction.TOKEN_REVOKED, AuditLog.TOKEN, tokenId);
        return JsonResponses.noContent();
    }

    private static ObjectNode token(AccountRepository.Token token) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", token.id());
        node.put("userId", token.userId());
        node.put("name", token.name());
        node.put("createdAt", token.createdAt().toString());
        token.lastUsedAt().ifPresentOrElse(at -> node.put("lastUsedAt", at.toString()), () -> node.putNull("lastUsedAt"));
        token.revokedAt().ifPresentOrElse(at -> node.put("revokedAt", at.toString()), () -> node.putNull("revokedAt"));
        return node;
    }
}
