-- The audit log is append-only: SQLite's triggers refuse every change and deletion of an entry.
-- (PostgreSQL's are in db/migration/postgresql under the same version: the trigger syntax differs.)
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;
