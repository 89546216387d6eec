package org.hspnavigator.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.report.pdf.ReportFont;

/**
 * A language a report is written in, by its BCP 47 tag. Japanese comes first: the point calculation
 * sheet is filed with the Immigration Services Agency. The official Japanese terms stay in every
 * language. The languages are those of the pages: Japanese, English, Simplified and Traditional
 * Chinese, Korean.
 */
public enum ReportLanguage {
    JA("ja", Locale.JAPANESE, ReportFont.IPAEX_GOTHIC),
    EN("en", Locale.ROOT, ReportFont.IPAEX_GOTHIC),
    ZH("zh", Locale.CHINESE, ReportFont.WENQUANYI_MICRO_HEI),
    ZH_HANT("zh-Hant", Locale.forLanguageTag("zh-Hant"), ReportFont.WENQUANYI_MICRO_HEI),
    KO("ko", Locale.KOREAN, ReportFont.WENQUANYI_MICRO_HEI);

    private final String tag;
    private final Locale bundleLocale;
    private final ReportFont font;

    ReportLanguage(String tag, Locale bundleLocale, ReportFont font) {
        this.tag = tag;
        this.bundleLocale = bundleLocale;
        this.font = font;
    }

    /**
     * The fonts of a report in this language, preferred first: the one drawn for the language, then
     * the other for what it lacks (the circled ㉑ of the ISA sheet, an applicant's Hangul in a Japanese
     * report). IPAexGothic has the Japanese forms of the glyphs that Japanese and Chinese share, but no
     * Hangul and few simplified characters.
     */
    public List<ReportFont> fonts() {
        return font == ReportFont.IPAEX_GOTHIC
                ? List.of(ReportFont.IPAEX_GOTHIC, ReportFont.WENQUANYI_MICRO_HEI)
                : List.of(font, ReportFont.IPAEX_GOTHIC);
    }

    /**
     * The locale that formats the texts of this language, numbers and the engine's explanations among
     * them: English for the root bundle.
     */
    public Locale formatLocale() {
        return this == EN ? Locale.ENGLISH : bundleLocale;
    }

    /** The language of the scoring texts (the "why" of each item, the advisor's sentences) in this report. */
    public Language textLanguage() {
        return Language.byTag(tag).orElseThrow();
    }

    /** The BCP 47 tag, also the PDF's {@code /Lang}. */
    public String tag() {
        return tag;
    }

    /** The locale of its texts in the resource bundles (the root bundle is English). */
    public Locale bundleLocale() {
        return bundleLocale;
    }

    /** The language of a tag, e.g. {@code ja}; empty when no report is written in it. */
    public static Optional<ReportLanguage> byTag(String tag) {
        for (ReportLanguage language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
