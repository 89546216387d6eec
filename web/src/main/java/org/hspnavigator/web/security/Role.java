package org.hspnavigator.web.security;

/**
 * The role of a user in an organization. Later roles are planned in the schema and in
 * {@link AccessPolicy}: HR users of a client company who see only their company's applicants, and
 * applicants who see only their own file.
 */
public enum Role {
    /** Manages the organization's members and tokens, and works on applicants. */
    OWNER,
    /** Works on applicants. */
    MEMBER
}
