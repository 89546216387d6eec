package org.hspnavigator.web.audit;

/**
 * One entry of the audit log as it is written: its id and moment are fixed when the access happens, so
 * an entry written later (deferred while the storage refused it) keeps its place in the log.
 */
record AuditEvent(String id, String organizationId, long occurredAt, String userId, String tokenId,
        AuditAction action, String targetType, String targetId, String address) {
}
