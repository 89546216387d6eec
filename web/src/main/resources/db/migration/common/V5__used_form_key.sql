-- The keys of the workspace's single-use forms that have been used (web.workspace.SingleUseForms). The
-- session lists the keys it gave out, but two requests sent at once with the same key each read that
-- list before either has written it back; the row written here is the claim only one of them wins. A
-- used key leaves the session's list too, so a row need only outlive the requests in flight: rows older
-- than a session lives are deleted.
CREATE TABLE used_form_key (
    form_key VARCHAR(64) PRIMARY KEY,
    used_at BIGINT NOT NULL
);
CREATE INDEX used_form_key_used_at ON used_form_key (used_at);
