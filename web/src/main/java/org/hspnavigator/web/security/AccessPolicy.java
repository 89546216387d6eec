package org.hspnavigator.web.security;

import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.system.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * The access rules of the workspace, all of them: which applicants a caller sees (bound into every
 * query as an {@link ApplicantScope}, so that another organization's ids are not found, exactly like ids
 * that do not exist) and which actions a role may take. Owners manage members and tokens, read the audit
 * log and erase applicants; members work on applicants. Roles to come (client-company HR users,
 * applicants) are added here and in {@link ApplicantScope}, nowhere else.
 */
@Component
public final class AccessPolicy {

    /** The applicants the caller may see. */
    public ApplicantScope applicants(Caller caller) {
        return new ApplicantScope(caller.organizationId());
    }

    /** Creating and changing applicants, their snapshots, applications and checklists. */
    public void requireApplicantWork(Caller caller) {
        // Every role of today works on applicants; read-only roles to come are refused here.
    }

    /** Erasing an applicant and all their data: an owner's decision. */
    public void requireErasure(Caller caller) {
        requireOwner(caller, "eraseApplicant");
    }

    /**
     * Members, tokens of others, the organization's settings and the audit log.
     *
     * @param action what the caller asks to do, a key of the validation texts after
     *               {@code forbidden.action.} ({@code changeMembers})
     */
    public void requireOwner(Caller caller, String action) {
        if (caller.role() != Role.OWNER) {
            throw new ForbiddenException(Problem.of("forbidden.owner", Problem.of("forbidden.action." + action)));
        }
    }
}
