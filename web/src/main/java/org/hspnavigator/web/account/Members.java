package org.hspnavigator.web.account;

import java.util.Optional;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.audit.AuditAction;
import org.hspnavigator.web.audit.AuditLog;
import org.hspnavigator.web.security.AccessPolicy;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.storage.Ids;
import org.hspnavigator.web.system.ConflictException;
import org.hspnavigator.web.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The owner's changes of the organization's members that the JSON API and the workspace's pages share:
 * a member's role and whether they are enabled (disabling ends every session and token of the user at
 * once). Only an owner changes members; a member of another organization is not found, exactly like an
 * id that does not exist; the organization's last enabled owner stays one (a {@link ConflictException});
 * every change is audited.
 */
@Service
public class Members {

    private final AccountRepository repository;
    private final AccessPolicy policy;
    private final AuditLog audit;

    public Members(AccountRepository repository, AccessPolicy policy, AuditLog audit) {
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
    }

    /** A member of the caller's organization; not found otherwise. */
    public AccountRepository.User found(Caller caller, String memberId) {
        Optional<AccountRepository.User> user = Ids.isId(memberId)
                ? repository.user(caller.organizationId(), memberId) : Optional.empty();
        return user.orElseThrow(() -> new NotFoundException(Problem.of("notFound.member", memberId)));
    }

    /**
     * Gives a member of the caller's organization {@code role} and {@code enabled} (each kept as it is when
     * empty); returns the member as changed.
     */
    public AccountRepository.User change(Caller caller, String memberId, Optional<Role> role, Optional<Boolean> enabled) {
        policy.requireOwner(caller, "changeMembers");
        AccountRepository.User user = found(caller, memberId);
        Role newRole = role.orElse(user.role());
        boolean nowEnabled = enabled.orElse(user.enabled());
        boolean losesOwner = user.role() == Role.OWNER && user.enabled() && (newRole != Role.OWNER || !nowEnabled);
        if (losesOwner && repository.enabledOwners(caller.organizationId()) <= 1) {
            throw new ConflictException(Problem.of("conflict.lastOwner"));
        }
        repository.update(caller.organizationId(), memberId, newRole, nowEnabled);
        audit.record(caller, AuditAction.MEMBER_CHANGED, AuditLog.USER, memberId);
        return found(caller, memberId);
    }
}
