package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the workspace tests read in a page's HTML: a part of it, a value found in it (the key of a form sent
 * once), and a text as Thymeleaf escapes it.
 */
final class PageText {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"");

    private PageText() {
    }

    /** The part of {@code body} from the first {@code from} to the next {@code to}; {@code from} must be there. */
    static String between(String body, String from, String to) {
        int start = body.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return body.substring(start, body.indexOf(to, start));
    }

    /** {@code text} as the page writes it in an element's text. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The first group of the first match of {@code pattern} in {@code body}, which must be there. */
    static String found(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    /** The key of the first form in {@code body} that is sent once. */
    static String formKey(String body) {
        return found(FORM_KEY, body);
    }
}
