package org.hspnavigator.web.system;

/**
 * The addresses of the public pages, each starting with the page's language
 * ({@code /ja/self-assessment}); only the five languages of {@link PageLanguage} match, so that another
 * first segment is never taken for a page.
 */
public final class Pages {

    /** The path variable of the language, limited to the tags of {@link PageLanguage}. */
    public static final String LANGUAGE = "{lang:en|ja|zh|zh-Hant|ko}";

    /** The start page: which work, or all three compared. */
    public static final String START = "/" + LANGUAGE + "/";

    /** The start page reached without its closing slash. */
    public static final String START_WITHOUT_SLASH = "/" + LANGUAGE;

    /** The questions, in short sections. */
    public static final String FORM = "/" + LANGUAGE + "/self-assessment";

    /** The points of the answers in all three categories. */
    public static final String RESULTS = "/" + LANGUAGE + "/self-assessment/results";

    /** The applicant summary of the answers as PDF, in the page's language. */
    public static final String REPORT = "/" + LANGUAGE + "/self-assessment/report";

    /** The salary worksheet: which pay components count as annual salary, and their total. */
    public static final String SALARY_WORKSHEET = "/" + LANGUAGE + "/self-assessment/salary";

    /** Common claims about the HSP visa and what the rules say. */
    public static final String FAQ = "/" + LANGUAGE + "/faq";

    /** The rules the product applies, with their official sources. */
    public static final String RULES = "/" + LANGUAGE + "/rules";

    /**
     * Any other address under a language: the page-not-found page, in that language. The most general
     * pattern, so any page of its own is matched first.
     */
    public static final String UNKNOWN_PAGE = "/" + LANGUAGE + "/**";

    private Pages() {
    }
}
