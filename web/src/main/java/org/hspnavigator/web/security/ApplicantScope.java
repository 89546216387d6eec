package org.hspnavigator.web.security;

import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The applicants a caller may see, as a condition on the {@code applicant} table that every query of
 * applicant data carries: the caller's organization today; later also the client company of an HR user
 * or the applicant's own row. Made only by {@link AccessPolicy}. The condition's text is constant; the
 * ids are bound parameters.
 *
 * @param organizationId the organization whose applicants these are
 */
public record ApplicantScope(String organizationId) {

    /**
     * A table alias: a few lower-case letters, so that nothing else can reach the SQL text. Compiled once:
     * every query of applicant data asks for the condition, some several times.
     */
    private static final Pattern ALIAS = Pattern.compile("[a-z]{1,3}");

    public ApplicantScope {
        Objects.requireNonNull(organizationId, "organizationId");
    }

    /** The condition on the applicant table under {@code alias} ({@code a}), to stand after WHERE or AND. */
    public String condition(String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not an alias: " + alias);
        }
        return alias + ".organization_id = :scopeOrganization";
    }

    /** The statement with the condition's parameters bound. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("scopeOrganization", organizationId);
    }
}
