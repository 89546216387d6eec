package org.hspnavigator.web.selfassessment;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hspnavigator.engine.points.Message;
import org.hspnavigator.formats.text.Explanations;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.formats.text.MessageTexts;
import org.hspnavigator.web.system.PageLanguage;

/**
 * The engine's texts in one page language: the explanations of the points, the advisor and permanent
 * residence (formats' {@code messages} bundle), the family preferences ({@code family}) and the evidence
 * lines ({@code checklist}), the same words the command line and the API write. A bundle without the
 * page's language gives English; {@link #lang()} says which, so that the page marks those texts
 * {@code lang="en"} rather than pretend they are translated.
 */
final class EngineTexts {

    private static final String PACKAGE = "org.hspnavigator.formats.text.";
    private static final String MESSAGES = PACKAGE + "messages";
    private static final Map<PageLanguage, EngineTexts> BY_LANGUAGE = byLanguage();
    /** A field of the profile named in parentheses, as the family texts name it for the command line's reader. */
    private static final Pattern FIELD_IN_PARENTHESES = Pattern.compile("[(（]([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)+)[)）]");

    private final Explanations explanations;
    private final MessageTexts family;
    private final MessageTexts checklist;
    private final String lang;
    private final String familyLang;
    private final String checklistLang;
    private final Language language;
    private final ResourceBundle fields;
    private final ResourceBundle pageTexts;

    private EngineTexts(PageLanguage language) {
        Language texts = Language.byTag(language.tag()).orElse(Language.EN);
        this.language = texts;
        this.explanations = Explanations.of(texts);
        this.family = MessageTexts.of("family", texts);
        this.checklist = MessageTexts.of("checklist", texts);
        this.lang = writtenIn(MESSAGES, language);
        this.familyLang = writtenIn(PACKAGE + "family", language);
        this.checklistLang = writtenIn(PACKAGE + "checklist", language);
        this.fields = ResourceBundle.getBundle(PACKAGE + "fields", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.pageTexts = ResourceBundle.getBundle("i18n.results", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String writtenIn(String bundle, PageLanguage language) {
        Locale found = ResourceBundle.getBundle(bundle, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getLocale();
        return found.equals(Locale.ROOT) ? PageLanguage.ENGLISH.tag() : language.tag();
    }

    /** The texts of a page language, built once per process. */
    static EngineTexts of(PageLanguage language) {
        return BY_LANGUAGE.get(language);
    }

    /** A date as the page's language writes it (ISO 8601 in English, 2027年3月10日, 2027년 3월 10일). */
    String date(LocalDate date) {
        return language.date(date);
    }

    Explanations explanations() {
        return explanations;
    }

    /** A message of the scoring, advisor or permanent-residence texts. */
    String text(Message message) {
        return explanations.text(message);
    }

    /**
     * A message of the family preferences' texts, a profile's field it names in parentheses
     * ({@code employer.investmentManagementBusiness}, which the command line's reader finds in the JSON)
     * given as the form's question that asks it, in the page's language.
     */
    String family(Message message) {
        Matcher field = FIELD_IN_PARENTHESES.matcher(family.text(message));
        StringBuilder text = new StringBuilder();
        while (field.find()) {
            String key = "field." + field.group(1);
            String replacement = fields.containsKey(key) ? field.group().charAt(0)
                    + MessageFormat.format(pageTexts.getString("family.fieldQuestion"), fields.getString(key))
                    + field.group().charAt(field.group().length() - 1) : field.group();
            field.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        return field.appendTail(text).toString();
    }

    /** A text of the checklists' bundle by key ({@code checklist.evidence.3}). */
    String checklist(String key) {
        return checklist.format(key);
    }

    /** The language the scoring texts are written in: the page's when translated, else {@code en}. */
    String lang() {
        return lang;
    }

    /** The language the family texts are written in. */
    String familyLang() {
        return familyLang;
    }

    /** The language the evidence lines are written in. */
    String checklistLang() {
        return checklistLang;
    }

    private static Map<PageLanguage, EngineTexts> byLanguage() {
        Map<PageLanguage, EngineTexts> texts = new EnumMap<>(PageLanguage.class);
        for (PageLanguage language : PageLanguage.values()) {
            texts.put(language, new EngineTexts(language));
        }
        return texts;
    }
}
