package org.hspnavigator.formats.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the product speaks: English (the default and the root bundles), Japanese, Simplified
 * Chinese, Traditional Chinese and Korean, each with its BCP 47 tag, the locale of its message bundles
 * and the way its texts write a date. The terms of every language follow docs/glossary.md.
 */
public enum Language {
    EN("en", Locale.ROOT),
    JA("ja", Locale.JAPANESE),
    ZH("zh", Locale.CHINESE),
    ZH_HANT("zh-Hant", new Locale.Builder().setLanguage("zh").setScript("Hant").build()),
    KO("ko", Locale.KOREAN);

    private final String tag;
    private final Locale bundleLocale;

    Language(String tag, Locale bundleLocale) {
        this.tag = tag;
        this.bundleLocale = bundleLocale;
    }

    /** The BCP 47 tag: {@code en}, {@code ja}, {@code zh}, {@code zh-Hant}, {@code ko}. */
    public String tag() {
        return tag;
    }

    /** The locale of its texts in the resource bundles ({@code messages_zh_Hant}); the root bundle is English. */
    public Locale bundleLocale() {
        return bundleLocale;
    }

    /** The locale its numbers are formatted in (grouping with commas in all five). */
    public Locale formatLocale() {
        return this == EN ? Locale.ENGLISH : bundleLocale;
    }

    /**
     * A date as the language writes it: ISO 8601 in English (as the JSON and the options take it),
     * 2026年11月27日 in Japanese and Chinese, 2026년 11월 27일 in Korean. Built by hand: a
     * DateTimeFormatter would load locale data on every start of the command line.
     */
    public String date(LocalDate date) {
        return switch (this) {
            case EN -> date.toString();
            case KO -> date.getYear() + "년 " + date.getMonthValue() + "월 " + date.getDayOfMonth() + "일";
            default -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        };
    }

    /**
     * {@code text} in parentheses after a word, as the language punctuates it: " (text)" in English and
     * Korean, which write half-width brackets after a space; full-width "（text）" without the space in
     * Japanese and Chinese, whose texts around them are written in full-width characters.
     */
    public String inParentheses(String text) {
        return fullWidth() ? "（" + text + "）" : " (" + text + ")";
    }

    /**
     * A label and its text on one line ("Verdict: partly"), as the language punctuates it: a colon and a
     * space in English and Korean, the full-width "：" without the space in Japanese and Chinese.
     */
    public String labelled(String label, String text) {
        return label + (fullWidth() ? "：" : ": ") + text;
    }

    /** A heading over the lines that follow it ("Documents:"), ended by a colon, full-width in Japanese and Chinese. */
    public String heading(String heading) {
        return heading + (fullWidth() ? "：" : ":");
    }

    /**
     * What separates the parts of one line ("eligible, until 2032-01-31"): a comma and a space, the
     * ideographic comma "、" in Japanese, "，" in Chinese.
     */
    public String separator() {
        return this == JA ? "、" : chinese() ? "，" : ", ";
    }

    /**
     * What separates the words of a list ("coe, change, pr"): a comma and a space, the enumeration comma
     * "、" in Japanese and Chinese.
     */
    public String listSeparator() {
        return fullWidth() ? "、" : ", ";
    }

    /**
     * What separates clauses that each say something ("turns 35; completes 7 years"): "; ", "、" in
     * Japanese (which has no semicolon of its own), "；" in Chinese.
     */
    public String clauseSeparator() {
        return this == JA ? "、" : chinese() ? "；" : "; ";
    }

    /** Whether the language writes its punctuation in full width: Japanese and both Chinese scripts. */
    private boolean fullWidth() {
        return this == JA || chinese();
    }

    private boolean chinese() {
        return this == ZH || this == ZH_HANT;
    }

    /** The language of a tag as the command line takes it ({@code zh-Hant}, in any case; {@code _} for {@code -}). */
    public static Optional<Language> byTag(String tag) {
        String normalized = tag.trim().replace('_', '-');
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(normalized)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a locale, when the product speaks it: Chinese written in traditional characters
     * (script Hant, or Taiwan, Hong Kong and Macao) is {@link #ZH_HANT}, other Chinese {@link #ZH}.
     */
    public static Optional<Language> of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> Optional.of(EN);
            case "ja" -> Optional.of(JA);
            case "ko" -> Optional.of(KO);
            case "zh" -> Optional.of(traditional(locale) ? ZH_HANT : ZH);
            default -> Optional.empty();
        };
    }

    /**
     * The language an HTTP {@code Accept-Language} header asks for: the first range, by weight, that
     * names a language spoken here; English when none does or the header is absent or malformed.
     */
    public static Language ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && !range.getRange().equals("*")) {
                Optional<Language> language = of(Locale.forLanguageTag(range.getRange()));
                if (language.isPresent()) {
                    return language.get();
                }
            }
        }
        return EN;
    }

    /** The tags, for messages: {@code en, ja, zh, zh-Hant, ko}. */
    public static String tags() {
        StringBuilder tags = new StringBuilder();
        for (Language language : values()) {
            tags.append(tags.length() == 0 ? "" : ", ").append(language.tag);
        }
        return tags.toString();
    }

    private static boolean traditional(Locale locale) {
        return locale.getScript().equals("Hant")
                || (locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(locale.getCountry()));
    }
}
