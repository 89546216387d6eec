package org.hspnavigator.report.summary;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.report.ReportLanguage;
import org.hspnavigator.report.sheet.SheetTexts;

/**
 * The wording of the applicant summary in one language: its own labels from the {@code summary}
 * bundles of this package, the names, verdicts and evidence of the point calculation sheet
 * ({@link SheetTexts}), and the engine's messages (the advisor's changes, the reasons of the forecast)
 * from the formats module's bundle of the language, in English until that language has one.
 */
final class SummaryTexts {

    private static final String BUNDLE = "org.hspnavigator.report.summary.summary";

    private final ReportLanguage language;
    private final ResourceBundle bundle;
    private final SheetTexts sheet;
    private final Explanations explanations;

    SummaryTexts(ReportLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.sheet = new SheetTexts(language);
        this.explanations = Explanations.of(language.textLanguage());
    }

    ReportLanguage language() {
        return language;
    }

    SheetTexts sheet() {
        return sheet;
    }

    /** The text of a key of the summary bundle, its arguments filled in, dates as the language writes them. */
    String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for summary key " + key + " in " + language.tag(), e);
        }
        Object[] written = arguments.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof LocalDate day) {
                written[i] = sheet.date(day);
            }
        }
        return new MessageFormat(pattern, language.formatLocale()).format(written);
    }

    /** An engine message: a change the advisor suggests, a reason the points change. */
    String message(Message message) {
        return explanations.text(message);
    }
}
