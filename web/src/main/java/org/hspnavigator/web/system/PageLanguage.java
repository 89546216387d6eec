package org.hspnavigator.web.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the pages are written in, named in their URLs by its BCP 47 tag ({@code /zh-Hant/}): the
 * five languages of docs/glossary.md, each with its own message bundle.
 */
public enum PageLanguage {
    ENGLISH("en", "English"),
    JAPANESE("ja", "日本語"),
    SIMPLIFIED_CHINESE("zh", "简体中文"),
    TRADITIONAL_CHINESE("zh-Hant", "繁體中文"),
    KOREAN("ko", "한국어");

    private final String tag;
    private final String ownName;
    private final Locale locale;

    PageLanguage(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The tag of the URL and of the pages' {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the language switcher shows it. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a URL segment, exactly as written in the URL ({@code zh-Hant}, not {@code zh-hant}). */
    public static Optional<PageLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
    }

    /**
     * The language a browser prefers among ours, by its Accept-Language list in order; English when it
     * names none of them. Chinese written in Taiwan, Hong Kong or Macao is traditional.
     */
    public static PageLanguage preferred(Iterable<Locale> accepted) {
        for (Locale locale : accepted) {
            switch (locale.getLanguage()) {
                case "en":
                    return ENGLISH;
                case "ja":
                    return JAPANESE;
                case "ko":
                    return KOREAN;
                case "zh":
                    return locale.getScript().equals("Hant") || Arrays.asList("TW", "HK", "MO").contains(locale.getCountry())
                            ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE;
                default:
                    break;
            }
        }
        return ENGLISH;
    }
}
