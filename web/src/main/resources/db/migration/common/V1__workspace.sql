-- The workspace's schema, one text for SQLite and PostgreSQL: only types both understand (VARCHAR,
-- TEXT, INTEGER, BIGINT, BOOLEAN, BYTEA, which SQLite stores as the BLOB it is given). Ids are UUID
-- texts made by the program (web.storage.Ids); instants are milliseconds since 1970 (BIGINT); dates are
-- ISO texts (YYYY-MM-DD), which sort as dates; JSON documents are TEXT. Every row of a tenant's data
-- leads to its organization, which is where the access rules (web.security.AccessPolicy) start.

CREATE TABLE organization (
    id VARCHAR(36) PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL
);

-- The companies an organization's applicants work for, whose HR users will see only their own
-- company's applicants (not offered yet: the table and app_user.client_company_id are ready for it).
CREATE TABLE client_company (
    id VARCHAR(36) PRIMARY KEY,
    organization_id VARCHAR(36) NOT NULL REFERENCES organization (id),
    name VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX client_company_organization ON client_company (organization_id);

CREATE TABLE applicant (
    id VARCHAR(36) PRIMARY KEY,
    organization_id VARCHAR(36) NOT NULL REFERENCES organization (id),
    client_company_id VARCHAR(36) REFERENCES client_company (id),
    name VARCHAR(200) NOT NULL,
    reference VARCHAR(200),
    -- The parts of the case besides its snapshots, as the case JSON has them (docs/rules.md §18).
    residence TEXT,
    household TEXT,
    employer_category INTEGER,
    period_of_stay_expiry VARCHAR(10),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX applicant_organization ON applicant (organization_id);

-- Role: OWNER (members and tokens) or MEMBER (applicants). Ready for later roles: CLIENT_HR with its
-- client_company_id, APPLICANT with its applicant_id.
CREATE TABLE app_user (
    id VARCHAR(36) PRIMARY KEY,
    organization_id VARCHAR(36) NOT NULL REFERENCES organization (id),
    email VARCHAR(254) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    client_company_id VARCHAR(36) REFERENCES client_company (id),
    applicant_id VARCHAR(36) REFERENCES applicant (id) ON DELETE CASCADE,
    enabled BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX app_user_organization ON app_user (organization_id);

-- Tokens of programs: only the SHA-256 of the token is kept; the token is shown once.
CREATE TABLE api_token (
    id VARCHAR(36) PRIMARY KEY,
    organization_id VARCHAR(36) NOT NULL REFERENCES organization (id),
    user_id VARCHAR(36) NOT NULL REFERENCES app_user (id),
    name VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_token_organization ON api_token (organization_id);

-- The secret URL of a user's calendar feed: only its SHA-256 is kept.
CREATE TABLE calendar_feed (
    id VARCHAR(36) PRIMARY KEY,
    user_id VARCHAR(36) NOT NULL REFERENCES app_user (id),
    secret_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

-- Failed logins per account and per address (each key a SHA-256, never the e-mail or the address),
-- shared by every instance of the server.
CREATE TABLE login_throttle (
    throttle_key VARCHAR(80) PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start BIGINT NOT NULL,
    locked_until BIGINT
);

CREATE TABLE profile_snapshot (
    id VARCHAR(36) PRIMARY KEY,
    applicant_id VARCHAR(36) NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
    reference_date VARCHAR(10) NOT NULL,
    profile TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by VARCHAR(36),
    UNIQUE (applicant_id, reference_date)
);

-- Every assessment made, with the rule set, the date and the engine's version: what was known when.
CREATE TABLE assessment (
    id VARCHAR(36) PRIMARY KEY,
    applicant_id VARCHAR(36) NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
    assessed_on VARCHAR(10) NOT NULL,
    rule_set VARCHAR(10) NOT NULL,
    engine_version VARCHAR(60) NOT NULL,
    best_category VARCHAR(30),
    document TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by VARCHAR(36)
);
CREATE INDEX assessment_applicant ON assessment (applicant_id);

CREATE TABLE application_file (
    id VARCHAR(36) PRIMARY KEY,
    organization_id VARCHAR(36) NOT NULL REFERENCES organization (id),
    applicant_id VARCHAR(36) NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
    procedure_kind VARCHAR(30) NOT NULL,
    status VARCHAR(40) NOT NULL,
    filing_date VARCHAR(10),
    period_of_stay_expiry VARCHAR(10),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX application_file_applicant ON application_file (applicant_id);
CREATE INDEX application_file_organization ON application_file (organization_id);

CREATE TABLE application_event (
    id VARCHAR(36) PRIMARY KEY,
    application_id VARCHAR(36) NOT NULL REFERENCES application_file (id) ON DELETE CASCADE,
    event_date VARCHAR(10) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    status_from VARCHAR(40),
    status_to VARCHAR(40),
    note VARCHAR(2000),
    created_at BIGINT NOT NULL,
    created_by VARCHAR(36)
);
CREATE INDEX application_event_application ON application_event (application_id);

-- Whether each item of an application's checklist has been collected, by the item's key.
CREATE TABLE checklist_mark (
    application_id VARCHAR(36) NOT NULL REFERENCES application_file (id) ON DELETE CASCADE,
    item_key VARCHAR(120) NOT NULL,
    collected BOOLEAN NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by VARCHAR(36),
    PRIMARY KEY (application_id, item_key)
);

-- Who read or changed which applicant, logins and token use. Append-only (the triggers of V2), and
-- without foreign keys: it names rows by id and outlives them (an erased applicant's entries stay,
-- holding no personal data).
CREATE TABLE audit_event (
    id VARCHAR(36) PRIMARY KEY,
    organization_id VARCHAR(36),
    occurred_at BIGINT NOT NULL,
    actor_user_id VARCHAR(36),
    actor_token_id VARCHAR(36),
    action VARCHAR(40) NOT NULL,
    target_type VARCHAR(30),
    target_id VARCHAR(36),
    address VARCHAR(64)
);
CREATE INDEX audit_event_organization ON audit_event (organization_id, id);
CREATE INDEX audit_event_target ON audit_event (target_id);

-- Ready for what follows, not used yet: each household member as a person with their own status of
-- residence and its dated history; e-mail reminders at lead times the organization sets.
CREATE TABLE person (
    id VARCHAR(36) PRIMARY KEY,
    applicant_id VARCHAR(36) NOT NULL REFERENCES applicant (id) ON DELETE CASCADE,
    relation VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    birth_date VARCHAR(10),
    created_at BIGINT NOT NULL
);
CREATE TABLE person_status (
    id VARCHAR(36) PRIMARY KEY,
    person_id VARCHAR(36) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    effective_from VARCHAR(10) NOT NULL,
    status_of_residence VARCHAR(60),
    period_of_stay_expiry VARCHAR(10),
    residence_card_expiry VARCHAR(10),
    passport_expiry VARCHAR(10),
    recorded_at BIGINT NOT NULL
);
CREATE TABLE reminder_lead_time (
    organization_id VARCHAR(36) NOT NULL REFERENCES organization (id),
    days_before INTEGER NOT NULL,
    PRIMARY KEY (organization_id, days_before)
);
CREATE TABLE reminder_sent (
    id VARCHAR(36) PRIMARY KEY,
    user_id VARCHAR(36) NOT NULL REFERENCES app_user (id),
    deadline_key VARCHAR(200) NOT NULL,
    days_before INTEGER NOT NULL,
    sent_at BIGINT NOT NULL,
    UNIQUE (user_id, deadline_key, days_before)
);

-- HTTP sessions, shared by every instance of the server (Spring Session JDBC's own tables).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID CHAR(36) NOT NULL,
    SESSION_ID CHAR(36) NOT NULL,
    CREATION_TIME BIGINT NOT NULL,
    LAST_ACCESS_TIME BIGINT NOT NULL,
    MAX_INACTIVE_INTERVAL INT NOT NULL,
    EXPIRY_TIME BIGINT NOT NULL,
    PRINCIPAL_NAME VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);
CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36) NOT NULL,
    ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES BYTEA NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
