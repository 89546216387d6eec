package org.hspnavigator.web.system;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name of a download that carries a person's name (an applicant's PDF report:
 * {@code hsp-sheet-ja-王伟.pdf}), as a {@code Content-Disposition} header: the full name in the UTF-8
 * {@code filename*} of RFC 6266 and RFC 8187 (5987), which browsers prefer, and an ASCII {@code filename} for
 * the programs that read only that. The name is reduced to what is safe in a file name first: no control
 * or format characters (so no CR/LF can end the header), no quote, backslash, slash or other character that
 * a file system or the header's syntax reserves, no leading dot, and at most {@link #MAX_NAME} characters.
 */
public final class DownloadName {

    /** The longest part of a file name taken from a person's name, in code points. */
    public static final int MAX_NAME = 60;
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private DownloadName() {
    }

    /**
     * The header value of an attachment named {@code stem}, then {@code -name} when the name keeps anything
     * safe, then {@code .extension}.
     */
    public static String attachment(String stem, String name, String extension) {
        String safe = safe(name);
        String ascii = safe.codePoints().filter(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'
                || c == '.')).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll("_{2,}", "_").replaceAll("^[_.-]+|[_.-]+$", "");
        String full = stem + (safe.isEmpty() ? "" : "-" + safe) + "." + extension;
        String fallback = stem + (ascii.isEmpty() ? "" : "-" + ascii) + "." + extension;
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded(full);
    }

    /** The name with every unsafe character left out, spaces as underscores, shortened. */
    static String safe(String name) {
        StringBuilder kept = new StringBuilder();
        // Composed first, so that a letter written with a combining accent stays one letter.
        Normalizer.normalize(name, Normalizer.Form.NFC).strip().codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!kept.isEmpty() && kept.charAt(kept.length() - 1) != '_') {
                    kept.append('_');
                }
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' && !kept.isEmpty()) {
                kept.appendCodePoint(c);
            }
        });
        String result = kept.toString();
        if (result.codePointCount(0, result.length()) > MAX_NAME) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_NAME));
        }
        // No run of dots (a parent folder) and none at the end, where a file system drops them.
        return result.replaceAll("\\.{2,}", ".").replaceAll("[_.]+$", "");
    }

    /** The RFC 8187 value-chars of {@code text}: attr-chars as they are, every other byte of its UTF-8 as %XX. */
    private static String encoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
