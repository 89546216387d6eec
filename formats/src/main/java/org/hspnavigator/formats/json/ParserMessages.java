package org.hspnavigator.formats.json;

import java.util.regex.Pattern;

/**
 * Rewords the JSON parser's messages for people who write JSON, not for Jackson users: hints about
 * parser features and internal source descriptions are dropped, the rest is kept.
 */
final class ParserMessages {

    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at .*", Pattern.DOTALL);
    private static final Pattern FEATURE_HINT = Pattern.compile(":?\\s*enable `[^`]*` to allow");
    private static final Pattern COMMENT_HINT = Pattern.compile("maybe a \\(non-standard\\) comment\\?.*", Pattern.DOTALL);

    private ParserMessages() {
    }

    static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        String text = message.lines().findFirst().orElse(message);
        text = START_MARKER.matcher(text).replaceAll("");
        text = COMMENT_HINT.matcher(text).replaceAll("comments are not allowed in JSON");
        if (FEATURE_HINT.matcher(text).find()) {
            text = FEATURE_HINT.matcher(text).replaceAll("") + " (not allowed in JSON)";
        }
        return text.strip();
    }
}
