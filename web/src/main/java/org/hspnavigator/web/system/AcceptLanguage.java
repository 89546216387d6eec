package org.hspnavigator.web.system;

import jakarta.servlet.http.HttpServletRequest;
import org.hspnavigator.formats.text.Language;

/**
 * The language of the texts of an API answer (explanations, verdicts, reasons, FAQ entries): the
 * first of the five languages the request's {@code Accept-Language} header names, by weight; English
 * without the header, so that an answer without it is the one {@code hsp ... --json} prints. Only the
 * texts change: the JSON's keys, ids and values stay the same in every language.
 */
public final class AcceptLanguage {

    private AcceptLanguage() {
    }

    public static Language of(HttpServletRequest request) {
        return Language.ofAcceptLanguage(request.getHeader("Accept-Language"));
    }
}
