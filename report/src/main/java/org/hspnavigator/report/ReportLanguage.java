package org.hspnavigator.report;

import java.util.Locale;
import java.util.Optional;

/**
 * A language a report is written in, by its BCP 47 tag. Japanese comes first: the point calculation
 * sheet is filed with the Immigration Services Agency. The official Japanese terms stay in every
 * language.
 */
public enum ReportLanguage {
    JA("ja", Locale.JAPANESE),
    EN("en", Locale.ROOT);

    private final String tag;
    private final Locale bundleLocale;

    ReportLanguage(String tag, Locale bundleLocale) {
        this.tag = tag;
        this.bundleLocale = bundleLocale;
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

    /** The tags, for messages: {@code ja, en}. */
    public static String tags() {
        StringBuilder tags = new StringBuilder();
        for (ReportLanguage language : values()) {
            tags.append(tags.length() == 0 ? "" : ", ").append(language.tag);
        }
        return tags.toString();
    }
}
