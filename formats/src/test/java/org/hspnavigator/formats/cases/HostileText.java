package org.hspnavigator.formats.cases;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile variants of a valid document, drawn from a seeded {@link Random} so that a failing case is
 * rerun from its seed alone: JSON and CSV texts that are almost right (a value replaced, a cut, a repeat,
 * a stray character), random bytes, invalid UTF-8, deep nesting, long strings and huge documents. Shared
 * by the fuzz tests of the command line and of the server, so that both are attacked with the same text.
 */
public final class HostileText {

    /** Values that a reader of numbers, dates, strings and codes is most likely to get wrong. */
    public static final List<String> FRAGMENTS = List.of("1e999999999", "-1e-999999999", "9".repeat(400),
            "123456789012345678901234567890", "0.000000000000000000001", "-0", "1.5", "null", "true", "\"\"",
            "\"\\ud800\"", "\"2026-02-29\"", "\"9999-12-31\"", "\"0000-01-01\"", "{}", "[]", "[[[[[[[[]]]]]]]]",
            "\"\\u0000\"", "NaN", "Infinity", "\"N1\"", "\"MASTER\"", "-2147483649", "9223372036854775808",
            "\"../../etc/passwd\"", "\"=cmd|' /C calc'!A0\"", "\"<script>alert(1)</script>\"", "\"\\r\\nX-Injected: 1\"",
            "\"' OR '1'='1\"", "\"" + "長".repeat(3000) + "\"");

    /** Bytes that are not UTF-8: a lone continuation, an invalid lead, a surrogate encoded, an overlong slash. */
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0,
        (byte) 0x80, (byte) 0xC0, (byte) 0xAF};

    private HostileText() {
    }

    /** One hostile variant of the JSON document {@code valid}, of any of the kinds this class knows. */
    public static byte[] json(Random random, String valid) {
        switch (random.nextInt(10)) {
            case 0:
                return randomBytes(random, 200);
            case 1:
                return invalidUtf8(random, valid);
            case 2:
                return deepNesting(1 + random.nextInt(random.nextBoolean() ? 40 : 5000));
            case 3:
                return longString(random, valid);
            default:
                return mutateJson(random, valid).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** One hostile variant of the CSV text {@code valid}. */
    public static byte[] csv(Random random, String valid) {
        switch (random.nextInt(8)) {
            case 0:
                return randomBytes(random, 400);
            case 1:
                return invalidUtf8(random, valid);
            case 2:
                return mutateCsv(random, valid).getBytes(StandardCharsets.UTF_8);
            case 3: {
                // A cell far longer than any value: a quoted one with separators and line breaks inside.
                String cell = "\"" + "a,\n\"\"".repeat(1 + random.nextInt(20_000)) + "\"";
                int line = valid.indexOf('\n') + 1;
                return (valid.substring(0, line) + cell + "," + valid.substring(line)).getBytes(StandardCharsets.UTF_8);
            }
            default:
                return mutateCsv(random, mutateCsv(random, valid)).getBytes(StandardCharsets.UTF_8);
        }
    }

    public static byte[] randomBytes(Random random, int most) {
        byte[] bytes = new byte[random.nextInt(most + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A document whose {@code birthDate} is an array nested {@code depth} deep. */
    public static byte[] deepNesting(int depth) {
        return ("{\"birthDate\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON object of {@code bytes} bytes or more: an array of strings, far past any request limit. */
    public static byte[] huge(int bytes) {
        StringBuilder text = new StringBuilder(bytes + 100).append("{\"profiles\": [");
        while (text.length() < bytes) {
            text.append("\"").append("x".repeat(1000)).append("\",");
        }
        return text.append("\"\"]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The document with one string value replaced by a string of up to 200,000 characters. */
    public static byte[] longString(Random random, String valid) {
        String replacement = "\"" + (random.nextBoolean() ? "Ａ" : "a").repeat(1 + random.nextInt(200_000)) + "\"";
        int colon = valid.indexOf(": \"", random.nextInt(valid.length()));
        if (colon < 0) {
            return ("{\"name\": " + replacement + "}").getBytes(StandardCharsets.UTF_8);
        }
        int end = valid.indexOf('"', colon + 3);
        return (valid.substring(0, colon + 2) + replacement + valid.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces one value, cuts the text, or repeats a part of it: a document that is almost right. */
    public static String mutateJson(Random random, String valid) {
        if (valid.isEmpty()) {
            return FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
        }
        int at = random.nextInt(valid.length());
        switch (random.nextInt(5)) {
            case 0: {
                int colon = valid.indexOf(':', at);
                if (colon < 0) {
                    return valid.substring(0, at);
                }
                int end = colon + 1;
                while (end < valid.length() && ",}]".indexOf(valid.charAt(end)) < 0) {
                    end++;
                }
                return valid.substring(0, colon + 1) + " " + FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))
                        + valid.substring(end);
            }
            case 1:
                return valid.substring(0, at);
            case 2:
                return valid.substring(0, at) + valid.substring(at / 2, at) + valid.substring(at);
            case 3: {
                // A key repeated: the reader must refuse or pick one, never mix two.
                int brace = valid.indexOf('{');
                return brace < 0 ? valid : valid.substring(0, brace + 1) + "\"name\": 1, \"name\": [], "
                        + valid.substring(brace + 1);
            }
            default:
                return valid.substring(0, at) + (char) (32 + random.nextInt(95)) + valid.substring(at);
        }
    }

    /** Cuts a row, moves or doubles a separator or a quote, adds or drops a column, or inserts a formula cell. */
    public static String mutateCsv(Random random, String valid) {
        if (valid.isEmpty()) {
            return "\"";
        }
        int at = random.nextInt(valid.length());
        String[] inserts = {",", "\"", "\n", "\r", "\r\n", "\u0000", "=1+1", "\uFEFF", ";", "\t", ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"};
        switch (random.nextInt(4)) {
            case 0:
                return valid.substring(0, at);
            case 1:
                return valid.substring(0, at) + inserts[random.nextInt(inserts.length)] + valid.substring(at);
            case 2: {
                int comma = valid.indexOf(',', at);
                return comma < 0 ? valid : valid.substring(0, comma) + valid.substring(comma + 1);
            }
            default: {
                int comma = valid.indexOf(',', at);
                return comma < 0 ? valid : valid.substring(0, comma + 1)
                        + FRAGMENTS.get(random.nextInt(FRAGMENTS.size())).replace("\"", "") + valid.substring(comma);
            }
        }
    }

    /** The text with a few bytes that are not UTF-8 inserted, after a quote where there is one. */
    public static byte[] invalidUtf8(Random random, String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int quote = valid.isEmpty() ? -1 : valid.indexOf('"', random.nextInt(valid.length()));
        int at = quote < 0 ? bytes.length / 2 : valid.substring(0, quote + 1).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        int from = random.nextInt(NOT_UTF8.length - 1);
        out.write(NOT_UTF8, from, 1 + random.nextInt(NOT_UTF8.length - from));
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
