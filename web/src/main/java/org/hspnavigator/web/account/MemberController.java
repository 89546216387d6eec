package org.hspnavigator.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.system.InvalidRequestException;
import org.hspnavigator.web.system.JsonObjectBodies;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The members of the caller's organization, managed by its owners: accounts are created by an owner with
 * a first password (no invitation e-mail), given a role, and disabled rather than deleted, so that the
 * audit log's ids keep naming someone.
 */
@RestController
@Tag(name = "Members", description = "The organization and its users (owners only)")
public class MemberController {

    private final AccountRepository repository;
    private final Accounts accounts;
    private final AccessPolicy policy;
    private final JsonObjectBodies bodies;
    private final AuditLog audit;
    private final Members members;

    public MemberController(AccountRepository repository, Accounts accounts, AccessPolicy policy, JsonObjectBodies bodies,
            AuditLog audit, Members members) {
        this.repository = repository;
        this.accounts = accounts;
        this.policy = policy;
        this.bodies = bodies;
        this.audit = audit;
        this.members = members;
    }

    @GetMapping(path = "/api/v1/organization", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "organization", summary = "The caller's organization")
    public ResponseEntity<byte[]> organization(Caller caller) {
        ObjectNode body = StrictJson.nodes().objectNode();
        body.put("id", caller.organizationId());
        body.put("name", repository.organizationName(caller.organizationId()).orElse(""));
        return JsonResponses.ok(body);
    }

    @GetMapping(path = "/api/v1/members", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listMembers", summary = "The organization's users (owners only)")
    public ResponseEntity<byte[]> list(Caller caller) {
        policy.requireOwner(caller, "listMembers");
        ArrayNode members = StrictJson.nodes().arrayNode();
        repository.users(caller.organizationId()).forEach(user -> members.add(member(user)));
        ObjectNode body = StrictJson.nodes().objectNode();
        body.set("members", members);
        return JsonResponses.ok(body);
    }

    @PostMapping(path = "/api/v1/members", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createMember", summary = "Create a user of the organization (owners only)",
            description = "email, password (at least 12 characters, not a common one; the user changes it with "
                    + "PUT /api/v1/me/password) and role (OWNER or MEMBER, default MEMBER).")
    public ResponseEntity<byte[]> create(Caller caller, HttpServletRequest request) throws IOException {
        policy.requireOwner(caller, "createMembers");
        JsonObjectBodies.Body body = bodies.read(request, List.of("email", "password", "role"), "what.newMember");
        body.fields().requirePresent("email", "meaning.email");
        body.fields().requirePresent("password", "meaning.firstPassword");
        String email = body.fields().text("email", Accounts.MAX_EMAIL).orElse(null);
        String password = body.fields().text("password", 1000).orElse(null);
        Role role = body.fields().enumValue("role", Role.class).orElse(Role.MEMBER);
        body.requireValid();
        String id;
        try {
            id = accounts.createMember(caller.organizationId(), email, password, role);
        } catch (Accounts.RefusedException e) {
            throw new InvalidRequestException(e.violations().stream().map(Problems.Located::body).toList());
        }
        audit.record(caller, AuditAction.MEMBER_CREATED, AuditLog.USER, id);
        return JsonResponses.created(member(repository.user(caller.organizationId(), id).orElseThrow()));
    }

    @PatchMapping(path = "/api/v1/members/{memberId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeMember", summary = "Change a user's role or disable them (owners only)",
            description = "role (OWNER or MEMBER) and enabled (false ends every session and token of the user at once). "
                    + "The last enabled owner stays one.")
    public ResponseEntity<byte[]> change(Caller caller, @PathVariable("memberId") String memberId, HttpServletRequest request)
            throws IOException {
        policy.requireOwner(caller, "changeMembers");
        members.found(caller, memberId);
        JsonObjectBodies.Body body = bodies.read(request, List.of("role", "enabled"), "what.memberChanges");
        Optional<Role> role = body.fields().enumValue("role", Role.class);
        Optional<Boolean> enabled = body.fields().isMissing("enabled") ? Optional.empty()
                : Optional.of(body.fields().bool("enabled"));
        body.requireValid();
        return JsonResponses.ok(member(members.change(caller, memberId, role, enabled)));
    }

    static ObjectNode member(AccountRepository.User user) {
        ObjectNode node = StrictJson.nodes().objectNode();
        node.put("id", user.id());
        node.put("organizationId", user.organizationId());
        node.put("email", user.email());
        node.put("role", user.role().name());
        node.put("enabled", user.enabled());
        node.put("createdAt", user.createdAt().toString());
        return node;
    }
}
