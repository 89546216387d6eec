package org.hspnavigator.web.account;

import java.util.List;
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
     * Whether giving {@code user} {@code role} and {@code enabled} (each kept as it is when empty) would leave
     * the organization without an enabled owner.
     */
    public boolean leavesNoOwner(AccountRepository.User user, Optional<Role> role, Optional<Boolean> enabled) {
        boolean losesOwner = user.role() == Role.OWNER && user.enabled()
                && (role.orElse(user.role()) != Role.OWNER || !enabled.orElse(user.enabled()));
        return losesOwner && repository.enabledOwners(user.organizationId()) <= 1;
    }

    /** The organization's only enabled owner among its {@code users}, when it has exactly one. */
    public static Optional<AccountRepository.User> lastEnabledOwner(List<AccountRepository.User> users) {
        List<AccountRepository.User> owners = users.stream().filter(u -> u.role() == Role.OWNER && u.enabled()).toList();
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /**
     * Gives a member of the caller's organization {@code role} and {@code enabled} (each kept as it is when
     * empty); returns the member as changed.
     */
    public AccountRepository.User change(Caller caller, String memberId, Optional<Role> role, Optional<Boolean> enabled) {
        policy.requireOwner(caller, "changeMembers");
        AccountRepository.User user = found(caller, memberId);
        if (leavesNoOwner(user, role, enabled)) {
            throw new ConflictException(Problem.of("conflict.lastOwner"));
        }
        repository.update(caller.organizationId(), memberId, role.orElse(user.role()), enabled.orElse(user.enabled()));
        audit.record(caller, AuditAction.MEMBER_CHANGED, AuditLog.USER, memberId);
        return found(caller, memberId);
    }
}
