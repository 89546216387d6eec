package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The check that a Korean particle agrees with the sound its noun ends in, for the tests of every module:
 * 이, 은, 을, 과, 으로 after a final consonant; 가, 는, 를, 와, 로 after a vowel (로 after ㄹ too). A particle
 * is checked where the noun before it can be read: past a closing parenthesis to the word before the
 * parenthesis (the particle agrees with that word, not with the aside), past closing quotes, and where the
 * noun is a number, a Latin word, an official Japanese term or a placeholder. A placeholder ({0}) can take
 * any value, so the particle after it must be the double form that suits both, 이(가), 은(는), 을(를), 과(와)
 * or (으)로; a choice ({0,choice,...}) is read once per choice. A particle straight after a Hangul syllable
 * is not checked: there a particle cannot be told from the end of a word (나이, 국가, 효과).
 * Latin and Japanese words are read by {@code korean-readings.properties}; a word missing there is reported
 * so that its reading is added.
 */
public final class KoreanParticles {

    /** The sound a noun ends in, which decides its particles. */
    enum Ending {
        VOWEL, RIEUL, CONSONANT, ANY_VALUE
    }

    /** The double forms, either way round (이(가), 와(과)). */
    private static final String DOUBLE_FORMS = "이\\(가\\)|가\\(이\\)|은\\(는\\)|는\\(은\\)|을\\(를\\)|를\\(을\\)"
            + "|과\\(와\\)|와\\(과\\)|\\(으\\)로";
    /**
     * A particle with the few endings that may follow it in a word (으로서, 과의); any other Hangul after it
     * makes it part of a word (이상, 가지, 로그인).
     */
    private static final Pattern PARTICLE = Pattern.compile("(?:(" + DOUBLE_FORMS + ")"
            + "|(?<=[^\\s가-힣])(으로|이|가|은|는|을|를|과|와|로))(?:(?<=로)(?:서|써|는|도|부터|만)|(?<=[과와])(?:의|는|도))?(?![가-힣])");
    /**
     * An aside in parentheses, straight after a word, whose first word is a particle's syllable:
     * 학위(MBA)(이 유형에서 …) reads as 학위(MBA)이.
     */
    private static final Pattern ASIDE_OPENING_WITH_PARTICLE =
            Pattern.compile("(?<=[^\\s(（])[(（](으로|이|가|은|는|을|를|과|와|로)\\s");
    private static final Pattern CHOICE = Pattern.compile("\\{\\d+,\\s*choice,");
    private static final String CLOSING_QUOTES = "'\"’”」』`»";
    private static final Properties READINGS = readings();
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    private KoreanParticles() {
    }

    /**
     * The places in {@code text} (a message pattern) where a particle does not agree with its noun, with
     * some text around each; empty when none.
     */
    public static List<String> disagreements(String text) {
        List<String> places = new ArrayList<>();
        for (String reading : choicesSpelledOut(text)) {
            Matcher matcher = PARTICLE.matcher(reading);
            while (matcher.find()) {
                if (matcher.group(1) != null) {
                    continue;
                }
                String problem;
                try {
                    problem = problem(matcher.group(2), endingBefore(reading, matcher.start()));
                } catch (UnreadableWord e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    add(places, reading, matcher.start(), matcher.end(), problem);
                }
            }
            Matcher aside = ASIDE_OPENING_WITH_PARTICLE.matcher(reading);
            while (aside.find()) {
                add(places, reading, aside.start(), aside.end(), "a parenthesis that opens with '" + aside.group(1)
                        + "' reads as the particle of the word before it");
            }
        }
        return places;
    }

    private static void add(List<String> places, String text, int start, int end, String problem) {
        String place = "…" + text.substring(Math.max(0, start - 16), end) + "…: " + problem;
        if (!places.contains(place)) {
            places.add(place);
        }
    }

    /** Asserts that every particle of the bundle {@code file} (a .properties file in UTF-8) agrees with its noun. */
    public static void assertAgree(Path file) {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            for (String place : disagreements(texts.getProperty(key))) {
                found.add(key + ": " + place);
            }
        }
        assertThat(found).as(file.getFileName() + " (particles that do not agree with their noun)").isEmpty();
    }

    /**
     * The Korean bundles of the module whose tests run ({@code *_ko.properties} under its
     * src/main/resources), so that a bundle added later is checked too.
     */
    public static Stream<Path> bundlesOfThisModule() {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> bundles = files.filter(file -> file.getFileName().toString().endsWith("_ko.properties")).sorted().toList();
            assertThat(bundles).as("Korean bundles under " + RESOURCES.toAbsolutePath()).isNotEmpty();
            return bundles.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code particle} after a noun ending in {@code ending}; null when it agrees or is unread. */
    private static String problem(String particle, Ending ending) {
        if (ending == null) {
            return null;
        }
        String base = stem(particle);
        if (ending == Ending.ANY_VALUE) {
            return "'" + base + "' after a placeholder: write the double form (이(가), 은(는), 을(를), 과(와), (으)로)";
        }
        boolean agrees = switch (base) {
            case "이", "은", "을", "과" -> ending != Ending.VOWEL;
            case "가", "는", "를", "와" -> ending == Ending.VOWEL;
            case "으로" -> ending == Ending.CONSONANT;
            case "로" -> ending != Ending.CONSONANT;
            default -> throw new IllegalStateException(particle);
        };
        return agrees ? null : "'" + base + "' after a noun ending in " + ending.name().toLowerCase(Locale.ROOT);
    }

    /** The particle without the ending after it (으로서 → 으로, 과의 → 과); a particle alone is its own stem. */
    private static String stem(String particle) {
        for (String base : List.of("으로", "이", "가", "은", "는", "을", "를", "과", "와", "로")) {
            if (particle.startsWith(base)) {
                return base;
            }
        }
        throw new IllegalStateException(particle);
    }

    /** The ending of the noun that ends at {@code end}; null when there is none that can be read (a sign, an opening parenthesis). */
    static Ending endingBefore(String text, int end) {
        if (end == 0) {
            return null;
        }
        char last = text.charAt(end - 1);
        if (CLOSING_QUOTES.indexOf(last) >= 0) {
            return endingBefore(text, end - 1);
        }
        if (last == ')' || last == '）') {
            int open = opening(text, end - 1, last == ')' ? '(' : '（', last);
            if (open < 0) {
                return null;
            }
            boolean attached = open > 0 && !Character.isWhitespace(text.charAt(open - 1));
            return endingBefore(text, attached ? open : end - 1);
        }
        if (last == '}') {
            return opening(text, end - 1, '{', '}') < 0 ? null : Ending.ANY_VALUE;
        }
        if (last >= '가' && last <= '힣') {
            return syllableEnding(last);
        }
        if (last >= '0' && last <= '9') {
            int start = end;
            while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ',')) {
                start--;
            }
            return numberEnding(text.substring(start, end).replace(",", ""));
        }
        int start = end;
        while (start > 0 && isWordCharacter(text.charAt(start - 1), last)) {
            start--;
        }
        if (start > 0 && text.charAt(start - 1) == '%' && text.charAt(start) == 'n') {
            start++; // %n is a line break of the format, not a letter
        }
        return start == end ? null : wordEnding(text.substring(start, end));
    }

    private static boolean isWordCharacter(char c, char last) {
        if (isLatin(last)) {
            return isLatin(c);
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || c == 'ー';
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The ending of a Latin word or Japanese term: its Korean reading, else an acronym spelled letter by letter. */
    private static Ending wordEnding(String word) {
        String reading = READINGS.getProperty(word.toLowerCase(Locale.ROOT));
        if (reading != null) {
            return syllableEnding(reading.charAt(reading.length() - 1));
        }
        if (word.length() == 1 || (isLatin(word.charAt(0)) && word.equals(word.toUpperCase(Locale.ROOT)))) {
            // The Korean names of the letters end in a vowel, but for L (엘), M (엠), N (엔) and R (알).
            char letter = Character.toUpperCase(word.charAt(word.length() - 1));
            return switch (letter) {
                case 'L', 'R' -> Ending.RIEUL;
                case 'M', 'N' -> Ending.CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        throw new UnreadableWord(word);
    }

    /** The ending of a number read in Sino-Korean: its last digit (일, 이, 삼 …) or the place of its trailing zeros (십, 백, 천, 만, 억, 조). */
    static Ending numberEnding(String digits) {
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(digits.length() - 1 - zeros) == '0') {
            zeros++;
        }
        if (zeros == digits.length()) {
            return Ending.CONSONANT; // 영
        }
        if (zeros == 0) {
            return switch (digits.charAt(digits.length() - 1)) {
                case '1', '7', '8' -> Ending.RIEUL; // 일, 칠, 팔
                case '3', '6' -> Ending.CONSONANT; // 삼, 육
                default -> Ending.VOWEL; // 이, 사, 오, 구
            };
        }
        return zeros >= 12 ? Ending.VOWEL : Ending.CONSONANT; // 십, 백, 천, 만, 억; 조
    }

    static Ending syllableEnding(char syllable) {
        int finalConsonant = (syllable - '가') % 28;
        return finalConsonant == 0 ? Ending.VOWEL : finalConsonant == 8 ? Ending.RIEUL : Ending.CONSONANT;
    }

    /** A Latin word or Japanese term whose Korean reading is not known yet. */
    private static final class UnreadableWord extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableWord(String word) {
            super("no Korean reading of '" + word + "': add it to korean-readings.properties");
        }
    }

    /** The index of the bracket {@code open} that {@code close} at {@code at} closes; -1 when none does. */
    private static int opening(String text, int at, char open, char close) {
        int depth = 0;
        for (int i = at; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == close) {
                depth++;
            } else if (c == open && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text once for every combination of the choices it makes ({0,choice,0#|1#(J-Skip)}), each choice replaced by its text. */
    static List<String> choicesSpelledOut(String text) {
        Matcher matcher = CHOICE.matcher(text);
        if (!matcher.find()) {
            return List.of(text);
        }
        int close = closing(text, matcher.start());
        String body = text.substring(matcher.end(), close);
        List<String> spelled = new ArrayList<>();
        for (String option : options(body)) {
            String choice = option.replaceFirst("^[^#<≤]*[#<≤]", "");
            spelled.addAll(choicesSpelledOut(text.substring(0, matcher.start()) + choice + text.substring(close + 1)));
        }
        return spelled;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed choice in " + text);
    }

    /** The options of a choice's body, split at the bars outside nested placeholders. */
    private static List<String> options(String body) {
        List<String> options = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                options.add(body.substring(start, i));
                start = i + 1;
            }
        }
        options.add(body.substring(start));
        return options;
    }

    private static Properties readings() {
        Properties readings = new Properties();
        try (InputStream in = KoreanParticles.class.getResourceAsStream("korean-readings.properties")) {
            readings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readings;
    }
}
