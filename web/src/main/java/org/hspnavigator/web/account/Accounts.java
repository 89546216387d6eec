package org.hspnavigator.web.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.formats.validation.Violation;
import org.hspnavigator.web.security.AccountUsers;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.PasswordPolicy;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.security.Secrets;
import org.hspnavigator.web.storage.Ids;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Makes accounts and tokens, for the API and for {@code hsp admin} alike: checks the e-mail, the
 * organization's name and the password ({@link PasswordPolicy}), hashes the password with the delegating
 * encoder, and makes tokens that are shown once and stored as their hash.
 */
@Service
public class Accounts {

    /** The prefix of every API token, so that one found in a file or a log says what it is. */
    public static final String TOKEN_PREFIX = "hsp_";
    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 200;
    public static final int MAX_TOKEN_NAME = 100;

    private final AccountRepository repository;
    private final PasswordEncoder encoder;

    public Accounts(AccountRepository repository, PasswordEncoder encoder) {
        this.repository = repository;
        this.encoder = encoder;
    }

    /** A token just made: its id, and the token itself, which is never shown again. */
    public record NewToken(String id, String token) {
    }

    /** A request whose values are refused, each problem at the field it concerns. */
    public static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient List<Violation> violations;

        RefusedException(List<Violation> violations) {
            super(violations.get(0).message());
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    /** A new organization with its first owner; returns the owner's id. */
    public String createOwner(String organizationName, String email, String password) throws RefusedException {
        List<Violation> violations = new ArrayList<>();
        String name = organizationName == null ? "" : organizationName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            violations.add(new Violation("organization", Problem.of("account.organizationName", MAX_NAME)));
        }
        String normalized = checkNewEmail(email, violations);
        PasswordPolicy.problem(password).ifPresent(problem -> violations.add(new Violation("password", problem)));
        if (!violations.isEmpty()) {
            throw new RefusedException(violations);
        }
        String organizationId = repository.createOrganization(name);
        return repository.createUser(organizationId, normalized, encoder.encode(password), Role.OWNER);
    }

    /** A new member of an organization; returns the member's id. */
    public String createMember(String organizationId, String email, String password, Role role) throws RefusedException {
        List<Violation> violations = new ArrayList<>();
        String normalized = checkNewEmail(email, violations);
        PasswordPolicy.problem(password).ifPresent(problem -> violations.add(new Violation("password", problem)));
        if (!violations.isEmpty()) {
            throw new RefusedException(violations);
        }
        return repository.createUser(organizationId, normalized, encoder.encode(password), role);
    }

    /** Changes a user's password after checking the current one. */
    public void changePassword(String userId, String current, String replacement) throws RefusedException {
        List<Violation> violations = new ArrayList<>();
        Optional<String> hash = repository.passwordHash(userId);
        if (current == null || hash.isEmpty() || !encoder.matches(current, hash.get())) {
            violations.add(new Violation("currentPassword", Problem.of("account.wrongPassword")));
        }
        PasswordPolicy.problem(replacement).ifPresent(problem -> violations.add(new Violation("newPassword", problem)));
        if (!violations.isEmpty()) {
            throw new RefusedException(violations);
        }
        repository.setPasswordHash(userId, encoder.encode(replacement));
    }

    /** A new API token of a user. */
    public NewToken createToken(String organizationId, String userId, String name) throws RefusedException {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_TOKEN_NAME) {
            throw new RefusedException(List.of(new Violation("name", Problem.of("account.tokenName", MAX_TOKEN_NAME))));
        }
        String token = Secrets.next(TOKEN_PREFIX);
        String id = repository.createToken(organizationId, userId, label, Secrets.hash(token));
        return new NewToken(id, token);
    }

    /** The tokens a caller sees: everyone's of the organization for an owner, else their own. */
    public List<AccountRepository.Token> tokensOf(Caller caller) {
        return repository.tokens(caller.organizationId(), visibleOwner(caller));
    }

    /** Revokes a token the caller sees; returns false, changing nothing, for any other id. */
    public boolean revokeToken(Caller caller, String tokenId) {
        Optional<AccountRepository.Token> token = Ids.isId(tokenId)
                ? repository.token(caller.organizationId(), tokenId) : Optional.empty();
        Optional<String> owner = visibleOwner(caller);
        if (token.isEmpty() || owner.isPresent() && !owner.get().equals(token.get().userId())) {
            return false;
        }
        repository.revokeToken(caller.organizationId(), tokenId);
        return true;
    }

    private static Optional<String> visibleOwner(Caller caller) {
        return caller.role() == Role.OWNER ? Optional.empty() : Optional.of(caller.userId());
    }

    private String checkNewEmail(String email, List<Violation> violations) {
        String normalized = AccountUsers.normalizedEmail(email);
        Optional<Problem> problem = emailProblem(normalized);
        if (problem.isPresent()) {
            violations.add(new Violation("email", problem.get()));
        } else if (repository.emailTaken(normalized)) {
            violations.add(new Violation("email", Problem.of("account.emailTaken")));
        }
        return normalized;
    }

    /** What is wrong with an e-mail address as an account's name, if anything. */
    static Optional<Problem> emailProblem(String email) {
        if (email.isEmpty()) {
            return Optional.of(Problem.of("account.emailRequired"));
        }
        if (email.length() > MAX_EMAIL) {
            return Optional.of(Problem.of("account.emailTooLong", MAX_EMAIL));
        }
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.chars().anyMatch(c -> c <= ' ')) {
            return Optional.of(Problem.of("account.emailInvalid"));
        }
        return Optional.empty();
    }
}
