package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys that let a form be sent once: the page holds a fresh key in a hidden field, the session lists the
 * keys it gave out, and sending the form uses its key up. A browser that sends the same answer again (a
 * reload of the page a POST answered, the back button) brings a key already used, so the server can tell
 * it from a new request and make nothing twice. The keys are no secret and hold nothing; only a few of
 * the newest are kept, for the pages open in other tabs.
 *
 * <p>Using a key is claimed in the database ({@code used_form_key}), not only struck from the session's
 * list: requests sent at once with the same key (a double click, a reload before the answer came) each
 * read the session before any of them wrote it back, and would all find the key unused. The insert of
 * the key is atomic in SQLite and PostgreSQL alike, across the instances that share the database, so
 * exactly one of them goes on.
 */
@Component
class SingleUseForms {

    /** The hidden field that carries the key. */
    static final String FIELD = "formKey";

    /** Longer than a session lives ({@code spring.session.timeout}): a used key is out of every list by then. */
    private static final Duration CLAIMS_KEPT = Duration.ofDays(1);
    private static final int KEPT = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    SingleUseForms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new key for a page of {@code form}, listed in the session. */
    String issue(HttpSession session, String form) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        List<String> keys = keys(session, form);
        keys.add(key);
        while (keys.size() > KEPT) {
            keys.remove(0);
        }
        // Set again, not changed in place: the session's store writes only the attributes set.
        session.setAttribute(attribute(form), keys);
        return key;
    }

    /**
     * Whether {@code key} was given out for {@code form} and not used yet, leaving it unused: for a form whose
     * first sending only asks to confirm ({@link ConfirmationPage}), which sends the key on.
     */
    boolean unused(HttpSession session, String form, String key) {
        return key != null && keys(session, form).contains(key);
    }

    /**
     * Whether {@code key} was given out for {@code form} and not used yet, by this request alone of those
     * that bring it; it is used up either way.
     */
    boolean use(HttpSession session, String form, String key) {
        List<String> keys = keys(session, form);
        boolean listed = key != null && keys.remove(key);
        session.setAttribute(attribute(form), keys);
        return listed && claim(key);
    }

    /** Whether this request is the first to use {@code key}: its row is written, or was there already. */
    private boolean claim(String key) {
        long now = clock.millis();
        jdbc.sql("DELETE FROM used_form_key WHERE used_at < ?").param(now - CLAIMS_KEPT.toMillis()).update();
        return jdbc.sql("INSERT INTO used_form_key (form_key, used_at) VALUES (?, ?) ON CONFLICT (form_key) DO NOTHING")
                .param(key).param(now).update() == 1;
    }

    private static ArrayList<String> keys(HttpSession session, String form) {
        ArrayList<String> keys = new ArrayList<>();
        if (session.getAttribute(attribute(form)) instanceof List<?> stored) {
            stored.forEach(key -> keys.add(String.valueOf(key)));
        }
        return keys;
    }

    private static String attribute(String form) {
        return SingleUseForms.class.getName() + "." + form;
    }
}
