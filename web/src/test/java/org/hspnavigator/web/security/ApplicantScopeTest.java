package org.hspnavigator.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scope's condition names only a table alias of a few lower-case letters; nothing else reaches the SQL. */
class ApplicantScopeTest {

    private final ApplicantScope scope = new ApplicantScope("org-1");

    @ParameterizedTest
    @ValueSource(strings = {"a", "ap", "app"})
    void anAliasOfOneToThreeLetters(String alias) {
        assertThat(scope.condition(alias)).isEqualTo(alias + ".organization_id = :scopeOrganization");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "appl", "a1", "a ", "a;--", "a.x", "é"})
    void anythingElseIsRefused(String alias) {
        assertThatIllegalArgumentException().isThrownBy(() -> scope.condition(alias)).withMessageContaining("not an alias");
    }
}
