package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.account.AccountRepository;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new API token's secret made on the tokens page is shown once, on the answer of the POST that made it,
 * which the browser must not store; it never enters the HTTP session (which the database keeps between
 * requests) nor the log; and the same form sent again (a reload of that answer) makes no second token.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class NewTokenSecretTest {

    private static final Pattern SECRET = Pattern.compile("id=\"new-token\">([^<]+)<");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretIsShownOnceOnTheAnswerAndKeptNowhere(CapturedOutput output) {
        Tenants.Organization organization = tenants.organization("Token secret");
        PageClient member = PageClient.loggedIn(port, "ja", organization.memberEmail(), Tenants.PASSWORD);
        Map<String, String> form = Map.of("name", "会計ソフト", "formKey",
                PageText.formKey(member.get("/ja/workspace/tokens").body()));
        long before = activeTokens(organization);

        Page made = member.post("/ja/workspace/tokens", form);
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(made.body()).contains(messages.getMessage("ws.tokens.made", null, Locale.JAPANESE));
        String secret = PageText.found(SECRET, made.body());
        assertThat(activeTokens(organization)).isEqualTo(before + 1);
        // Another request of the session, so that whatever the POST left in the session is stored by now.
        member.get("/ja/workspace/applicants");
        assertThat(StoredSessions.attributesHolding(jdbc, secret)).as("session attributes holding the secret").isZero();

        // The same form sent again, as a reload of the answer sends it: no token, the list without the secret.
        Page again = member.post("/ja/workspace/tokens", form);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location().orElseThrow()).endsWith("/ja/workspace/tokens");
        String list = member.get("/ja/workspace/tokens").body();
        assertThat(list).doesNotContain(secret).doesNotContain("id=\"new-token\"")
                .contains(messages.getMessage("ws.tokens.sentBefore", null, Locale.JAPANESE));
        assertThat(activeTokens(organization)).isEqualTo(before + 1);
        assertThat(member.get("/ja/workspace/tokens").body()).doesNotContain("id=\"token-sent-before\"");
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void aFormWithoutItsKeyMakesNoToken() {
        Tenants.Organization organization = tenants.organization("Token secret");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        member.get("/en/workspace/tokens");
        long before = activeTokens(organization);
        assertThat(member.post("/en/workspace/tokens", Map.of("name", "no key")).status()).isEqualTo(302);
        assertThat(member.post("/en/workspace/tokens", Map.of("name", "made up", "formKey", "00ff")).status())
                .isEqualTo(302);
        assertThat(activeTokens(organization)).isEqualTo(before);
    }

    private long activeTokens(Tenants.Organization organization) {
        return accounts.tokens(organization.id(), java.util.Optional.of(organization.memberId())).stream()
                .filter(t -> t.revokedAt().isEmpty()).count();
    }
}
