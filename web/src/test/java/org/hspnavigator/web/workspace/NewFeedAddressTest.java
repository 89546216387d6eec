package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hspnavigator.web.workspace.PageText.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hspnavigator.web.ApiTest;
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
 * A new calendar address made on the deadlines page is shown once, on the answer of the POST that made it,
 * which the browser must not store; it never enters the HTTP session (which the database keeps between
 * requests) nor the log; and the same form sent again (a reload of that answer, or of the page that asks
 * before an address is replaced) makes no second address, so the one shown keeps working.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class NewFeedAddressTest {

    private static final Pattern LINK = Pattern.compile("id=\"ics-link\" href=\"([^\"]+)\"");
    private static final String FEED = "/calendar-feed";

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAddressIsShownOnceOnTheAnswerAndKeptNowhere(CapturedOutput output) {
        Tenants.Organization organization = tenants.organization("Feed address");
        PageClient member = PageClient.loggedIn(port, "ja", organization.memberEmail(), Tenants.PASSWORD);
        String deadlines = "/ja/workspace/deadlines";
        Map<String, String> form = Map.of("formKey", PageText.formKey(member.get(deadlines).body()));

        Page made = member.post(deadlines + FEED, form);
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(made.body()).contains(html(text("ws.feed.made", "ja")));
        assertThat(LINK.matcher(made.body()).results().count()).as("addresses shown").isOne();
        String address = PageText.found(LINK, made.body());
        String secret = secretOf(address);
        assertThat(feeds(organization)).isOne();
        // Another request of the session, so that whatever the POST left in the session is stored by now.
        member.get("/ja/workspace/applicants");
        assertThat(StoredSessions.attributesHolding(jdbc, secret)).as("attributes holding the secret").isZero();
        assertThat(StoredSessions.attributesHolding(jdbc, "/calendar/")).as("attributes holding an address").isZero();

        // The same form sent again, as a reload of the answer sends it: no address, the page says why.
        Page again = member.post(deadlines + FEED, form);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location().orElseThrow()).endsWith(deadlines);
        String page = member.get(deadlines).body();
        assertThat(page).doesNotContain(secret).doesNotContain("id=\"ics-link\"")
                .contains(html(text("ws.feed.sentBefore", "ja")));
        assertThat(feeds(organization)).isOne();
        assertThat(PageClient.anonymous(port).get(pathOf(address)).status()).as("the address shown").isEqualTo(200);
        assertThat(member.get(deadlines).body()).doesNotContain("id=\"feed-sent-before\"");
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void replacingAnAddressIsAskedFirstAndTheConfirmedFormIsSentOnce() {
        Tenants.Organization organization = tenants.organization("Feed address");
        PageClient member = PageClient.loggedIn(port, "ko", organization.memberEmail(), Tenants.PASSWORD);
        String deadlines = "/ko/workspace/deadlines";
        String old = PageText.found(LINK, member.post(deadlines + FEED, Map.of("formKey",
                PageText.formKey(member.get(deadlines).body()))).body());
        String key = PageText.formKey(member.get(deadlines).body());

        // Asked first, the key carried on; asked again when that page is reloaded; nothing made meanwhile.
        for (int reload = 0; reload < 2; reload++) {
            Page asked = member.post(deadlines + FEED, Map.of("formKey", key));
            assertThat(asked.status()).isEqualTo(200);
            assertThat(asked.body()).contains(html(text("ws.confirm.feed", "ko", "")))
                    .contains("name=\"formKey\" value=\"" + key + "\"").doesNotContain("id=\"ics-link\"");
        }
        assertThat(feeds(organization)).isOne();

        Map<String, String> confirmed = Map.of("formKey", key, "confirmed", "yes");
        Page made = member.post(deadlines + FEED, confirmed);
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String address = PageText.found(LINK, made.body());
        assertThat(address).isNotEqualTo(old);
        assertThat(PageClient.anonymous(port).get(pathOf(old)).status()).as("the address replaced").isEqualTo(404);

        // A reload of that answer, and of the page that asked: neither makes a third address.
        for (Map<String, String> resent : List.of(confirmed, Map.of("formKey", key))) {
            Page again = member.post(deadlines + FEED, resent);
            assertThat(again.status()).isEqualTo(302);
            assertThat(member.get(deadlines).body()).contains(html(text("ws.feed.sentBefore", "ko")));
        }
        assertThat(feeds(organization)).isEqualTo(2);
        assertThat(PageClient.anonymous(port).get(pathOf(address)).status()).as("the address shown").isEqualTo(200);
    }

    @Test
    void aFormWithoutItsKeyMakesNoAddress() {
        Tenants.Organization organization = tenants.organization("Feed address");
        PageClient member = PageClient.loggedIn(port, "en", organization.memberEmail(), Tenants.PASSWORD);
        member.get("/en/workspace/deadlines");
        assertThat(member.post("/en/workspace/deadlines" + FEED, Map.of()).status()).isEqualTo(302);
        assertThat(member.post("/en/workspace/deadlines" + FEED, Map.of("formKey", "00ff", "confirmed", "yes"))
                .status()).isEqualTo(302);
        assertThat(feeds(organization)).isZero();
    }

    /** The calendar addresses the organization's member has made, the revoked ones too. */
    private long feeds(Tenants.Organization organization) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE user_id = ?").param(organization.memberId())
                .query(Long.class).single();
    }

    private static String secretOf(String address) {
        String path = URI.create(address).getPath();
        return path.substring("/calendar/".length(), path.length() - ".ics".length());
    }

    private static String pathOf(String address) {
        URI uri = URI.create(address);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private String text(String key, String lang, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.forLanguageTag(lang));
    }
}
