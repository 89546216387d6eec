package org.hspnavigator.web.workspace;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Keys that let a form be sent once: the page holds a fresh key in a hidden field, the session lists the
 * keys it gave out, and sending the form uses its key up. A browser that sends the same answer again (a
 * reload of the page a POST answered, the back button) brings a key already used, so the server can tell
 * it from a new request and make nothing twice. The keys are no secret and hold nothing; only a few of
 * the newest are kept, for the pages open in other tabs.
 */
final class SingleUseForms {

    /** The hidden field that carries the key. */
    static final String FIELD = "formKey";

    private static final int KEPT = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SingleUseForms() {
    }

    /** A new key for a page of {@code form}, listed in the session. */
    static String issue(HttpSession session, String form) {
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
    static boolean unused(HttpSession session, String form, String key) {
        return key != null && keys(session, form).contains(key);
    }

    /** Whether {@code key} was given out for {@code form} and not used yet; it is used up either way. */
    static boolean use(HttpSession session, String form, String key) {
        List<String> keys = keys(session, form);
        boolean unused = key != null && keys.remove(key);
        session.setAttribute(attribute(form), keys);
        return unused;
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
