package org.hspnavigator.web.workspace;

import java.util.Map;
import org.springframework.ui.Model;

/**
 * The step that asks before a change that cannot be taken back (revoking an API token, disabling a member,
 * replacing the calendar address): the form's first POST, without {@link #CONFIRMED}, answers this page,
 * whose own form posts the same fields again with it. It needs no JavaScript, and a change is never made
 * by one click that slipped.
 *
 * @param question the message key of the question, which takes {@code subject} as its argument
 * @param subject what the change is about (a token's name, a member's e-mail), shown in the question
 * @param action the address the confirmed form posts to
 * @param fields the form's fields to post again, besides {@link #CONFIRMED}
 * @param button the message key of the confirming button
 * @param cancel the page to go back to without a change
 */
record ConfirmationPage(String question, String subject, String action, Map<String, String> fields, String button,
        String cancel) {

    /** The field, and its value, by which a form says its change was confirmed. */
    static final String CONFIRMED = "confirmed";
    static final String YES = "yes";

    static boolean confirmed(String value) {
        return YES.equals(value);
    }

    /** Shows the page in the frame prepared already; returns its view. */
    String show(Model model) {
        model.addAttribute("confirmation", this);
        return "workspace/confirm";
    }
}
