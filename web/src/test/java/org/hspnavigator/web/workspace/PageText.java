package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

/** What the workspace tests read in a page's HTML: a part of it, and a text as Thymeleaf escapes it. */
final class PageText {

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
}
