package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hspnavigator.web.workspace.PageText.html;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.account.AccountRepository;
import org.hspnavigator.web.workspace.PageClient.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The forms whose change cannot be taken back ask once more, without JavaScript: revoking an API token,
 * disabling a member, replacing the calendar address (NewFeedAddressTest). A new member is added with a
 * redirect, so that reloading the page that follows adds nothing twice; a secret made (an API token, a
 * calendar address) is shown once on the POST's own answer, by a form sent once (NewTokenSecretTest,
 * NewFeedAddressTest). The organization's last enabled owner is not offered to be disabled, and is refused
 * before any confirmation is asked. The logout address read as a page shows the logout button.
 */
@ApiTest
class ConfirmedChangesTest {

    private static final String[] LANGUAGES = {"en", "ja", "zh", "zh-Hant", "ko"};
    private static final Pattern TOKEN_FORM = Pattern.compile("action=\"(/[a-zA-Z-]+/workspace/tokens/[^\"]+/revoke)\"");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MessageSource messages;

    @Test
    void revokingATokenAsksFirstAndOnlyTheConfirmedFormRevokesIt() {
        for (String lang : LANGUAGES) {
            Tenants.Organization organization = tenants.organization("Confirm");
            PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
            Matcher form = TOKEN_FORM.matcher(member.get("/" + lang + "/workspace/tokens").body());
            assertThat(form.find()).as(lang).isTrue();
            String revoke = form.group(1);
            Page asked = member.post(revoke, Map.of());
            assertThat(asked.status()).as(lang).isEqualTo(200);
            assertThat(asked.body()).as(lang).contains(html(text("ws.confirm.revoke", lang, "member's")))
                    .contains("name=\"confirmed\" value=\"yes\"").contains("id=\"cancel\"");
            assertThat(activeTokens(organization, organization.memberId())).as(lang).isEqualTo(1);
            Page done = member.post(revoke, Map.of("confirmed", "yes"));
            assertThat(done.status()).isEqualTo(302);
            assertThat(activeTokens(organization, organization.memberId())).as(lang).isZero();
        }
    }

    @Test
    void disablingAMemberAsksFirstAndEnablingDoesNot() {
        Tenants.Organization organization = tenants.organization("Confirm");
        PageClient owner = PageClient.loggedIn(port, "ko", organization.ownerEmail(), Tenants.PASSWORD);
        owner.get("/ko/workspace/members");
        String member = "/ko/workspace/members/" + organization.memberId();
        Page asked = owner.post(member, Map.of("enabled", "false"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains(html(text("ws.confirm.disable", "ko", organization.memberEmail())))
                .contains("name=\"enabled\" value=\"false\"");
        assertThat(user(organization).enabled()).isTrue();
        assertThat(owner.post(member, Map.of("enabled", "false", "confirmed", "yes")).status()).isEqualTo(302);
        assertThat(user(organization).enabled()).isFalse();
        owner.get("/ko/workspace/members");
        assertThat(owner.post(member, Map.of("enabled", "true")).status()).isEqualTo(302);
        assertThat(user(organization).enabled()).isTrue();
    }

    @Test
    void theLastOwnerIsNotOfferedToBeDisabledAndIsRefusedBeforeAnyConfirmation() {
        for (String lang : LANGUAGES) {
            Tenants.Organization organization = tenants.organization("Last owner");
            PageClient owner = PageClient.loggedIn(port, lang, organization.ownerEmail(), Tenants.PASSWORD);
            String self = "/" + lang + "/workspace/members/" + organization.ownerId();
            String page = owner.get("/" + lang + "/workspace/members").body();
            assertThat(page).as(lang).contains(html(text("ws.members.lastOwnerKept", lang)));
            assertThat(disableOffered(page, self)).as(lang).isFalse();
            assertThat(disableOffered(page, "/" + lang + "/workspace/members/" + organization.memberId())).as(lang).isTrue();

            // A page left open from before, or a hand-made request: refused at once, with why, no confirmation asked.
            Page refused = owner.post(self, Map.of("enabled", "false"));
            assertThat(refused.status()).as(lang).isEqualTo(409);
            assertThat(refused.body()).as(lang).contains(html(text("ws.members.problem.lastOwner", lang)))
                    .doesNotContain("name=\"confirmed\"");
            assertThat(owner.post(self, Map.of("enabled", "false", "confirmed", "yes")).status()).as(lang).isEqualTo(409);
            assertThat(accounts.user(organization.id(), organization.ownerId()).orElseThrow().enabled()).isTrue();

            // With a second owner, disabling the first is offered, and asked once more as for any member.
            owner.get("/" + lang + "/workspace/members");
            assertThat(owner.post("/" + lang + "/workspace/members/" + organization.memberId(), Map.of("role", "OWNER"))
                    .status()).as(lang).isEqualTo(302);
            page = owner.get("/" + lang + "/workspace/members").body();
            assertThat(disableOffered(page, self)).as(lang).isTrue();
            assertThat(page).as(lang).doesNotContain(html(text("ws.members.lastOwnerKept", lang)));
            assertThat(owner.post(self, Map.of("enabled", "false")).body()).as(lang).contains("name=\"confirmed\"");
        }
    }

    /** Whether the members page holds the form that disables the member of {@code action}. */
    private static boolean disableOffered(String page, String action) {
        return Pattern.compile("action=\"" + Pattern.quote(action) + "\" class=\"member-form\">(?:(?!</form>).)*"
                + "name=\"enabled\" value=\"false\"", Pattern.DOTALL).matcher(page).find();
    }

    @Test
    void aNewMemberIsAddedOnceAndThePageAfterTheRedirectSaysSo() {
        Tenants.Organization organization = tenants.organization("Confirm");
        PageClient owner = PageClient.loggedIn(port, "zh-Hant", organization.ownerEmail(), Tenants.PASSWORD);
        owner.get("/zh-Hant/workspace/members");
        int before = accounts.users(organization.id()).size();
        Page made = owner.post("/zh-Hant/workspace/members", Map.of("email", "new-" + organization.id() + "@example.test",
                "password", Tenants.PASSWORD, "role", "MEMBER"));
        assertThat(made.status()).isEqualTo(302);
        assertThat(made.location().orElseThrow()).endsWith("/zh-Hant/workspace/members");
        assertThat(owner.get("/zh-Hant/workspace/members").body()).contains(text("ws.members.made", "zh-Hant"));
        assertThat(owner.get("/zh-Hant/workspace/members").body()).doesNotContain(text("ws.members.made", "zh-Hant"));
        assertThat(accounts.users(organization.id())).hasSize(before + 1);
    }

    @Test
    void theLogoutAddressReadAsAPageShowsTheLogoutButtonInEachLanguage() {
        Tenants.Organization organization = tenants.organization("Confirm");
        for (String lang : LANGUAGES) {
            PageClient member = PageClient.loggedIn(port, lang, organization.memberEmail(), Tenants.PASSWORD);
            Page page = member.get("/" + lang + "/workspace/logout");
            assertThat(page.status()).as(lang).isEqualTo(200);
            assertThat(page.body()).as(lang).contains("lang=\"" + lang + "\"").contains(text("ws.logout.intro", lang))
                    .contains("id=\"logout-confirm\"").contains("name=\"_csrf\"");
            // Reading the page did not log out; its button does.
            assertThat(member.get("/" + lang + "/workspace/applicants").status()).isEqualTo(200);
            Page out = member.post("/" + lang + "/workspace/logout", Map.of());
            assertThat(out.location().orElseThrow()).endsWith("/" + lang + "/workspace/login?loggedOut");
            assertThat(member.get("/" + lang + "/workspace/applicants").status()).isEqualTo(302);
        }
        assertThat(PageClient.anonymous(port).get("/ja/workspace/logout").location().orElseThrow())
                .endsWith("/ja/workspace/login");
    }

    private long activeTokens(Tenants.Organization organization, String userId) {
        return accounts.tokens(organization.id(), java.util.Optional.of(userId)).stream()
                .filter(t -> t.revokedAt().isEmpty()).count();
    }

    private AccountRepository.User user(Tenants.Organization organization) {
        return accounts.user(organization.id(), organization.memberId()).orElseThrow();
    }

    private String text(String key, String lang, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.forLanguageTag(lang));
    }
}
