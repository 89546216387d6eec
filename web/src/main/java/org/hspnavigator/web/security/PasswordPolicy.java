package org.hspnavigator.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hspnavigator.formats.validation.Problem;

/**
 * What a password must be: at least 12 characters, at most 72 bytes in UTF-8 (bcrypt reads no further,
 * so a longer one would only seem stronger), not one character repeated, and not among the common
 * passwords of the bundled list ({@code common-passwords.txt}), compared without regard to case.
 */
public final class PasswordPolicy {

    public static final int MIN_CHARACTERS = 12;
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** What is wrong with {@code password}; empty when it is acceptable. */
    public static Optional<Problem> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.of("password.required", MIN_CHARACTERS));
        }
        int characters = password.codePointCount(0, password.length());
        if (characters < MIN_CHARACTERS) {
            return Optional.of(Problem.of("password.tooShort", characters, MIN_CHARACTERS));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.of("password.tooLong", MAX_BYTES));
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of(Problem.of("password.repeated"));
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.of("password.common"));
        }
        return Optional.empty();
    }

    /** The number of passwords in the bundled list. */
    static int commonPasswords() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
