package org.hspnavigator.web.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.WholeNumberParameter;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The organization's audit log, newest first, for its owners. */
@RestController
@Tag(name = "Audit", description = "Who read or changed which applicant, logins and token use (owners only)")
public class AuditController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final AuditLog audit;
    private final AccessPolicy policy;
    private final QueryParameters parameters;

    public AuditController(AuditLog audit, AccessPolicy policy, QueryParameters parameters) {
        this.audit = audit;
        this.policy = policy;
        this.parameters = parameters;
    }

    @GetMapping(path = "/api/v1/audit-events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAuditEvents", summary = "The audit log, newest first (owners only)",
            description = "target: only the entries about this row (an applicant's id); before: the entries before this "
                    + "entry's id (the next page); limit: 1 to 1000, default 100.")
    public ResponseEntity<byte[]> list(Caller caller,
            @Parameter(description = "Only the entries about this id") @RequestParam(name = "target", required = false)
            String target,
            @Parameter(description = "Only the entries before this entry") @RequestParam(name = "before", required = false)
            String before,
            @Parameter(description = "At most this many entries (1 to 1000)") @RequestParam(name = "limit", required = false)
            String limit) {
        policy.requireOwner(caller, "readAuditLog");
        List<Problems.Located> problems = new ArrayList<>();
        Problem expected = Problem.of("query.wholeNumberFrom", 1, MAX_LIMIT);
        Optional<Integer> count = parameters.integer("limit", limit, DEFAULT_LIMIT, expected, problems);
        if (count.isPresent() && (count.get() < 1 || count.get() > MAX_LIMIT)) {
            problems.add(Problems.Located.query("limit", WholeNumberParameter.outside(expected, count.get())));
        }
        QueryParameters.requireNone(problems);
        ArrayNode entries = StrictJson.nodes().arrayNode();
        for (AuditEntry entry : audit.entries(caller.organizationId(), Optional.ofNullable(target),
                Optional.ofNullable(before), count.get())) {
            ObjectNode node = entries.addObject();
            node.put("id", entry.id());
            node.put("occurredAt", entry.occurredAt().toString());
            node.put("action", entry.action().name());
            node.put("actorUserId", entry.actorUserId().orElse(null));
            node.put("tokenId", entry.tokenId().orElse(null));
            node.put("targetType", entry.targetType().orElse(null));
            node.put("targetId", entry.targetId().orElse(null));
        }
        ObjectNode body = StrictJson.nodes().objectNode();
        body.set("entries", entries);
        return JsonResponses.ok(body);
    }
}
