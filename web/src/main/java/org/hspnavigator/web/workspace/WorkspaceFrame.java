package org.hspnavigator.web.workspace;

import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.security.Caller;
import org.hspnavigator.web.security.Role;
import org.hspnavigator.web.selfassessment.LanguageLink;
import org.hspnavigator.web.system.PageLanguage;
import org.springframework.ui.Model;

/**
 * What every workspace page shows around its content: its language (and that of the engine's texts, which
 * writes its dates, and of its moments), the same page in the other
 * languages, the section of the navigation it belongs to, and whether the user is an owner (who sees the
 * owners' sections).
 */
final class WorkspaceFrame {

    private WorkspaceFrame() {
    }

    /**
     * Prepares the frame of the page at {@code path} (after {@code /LANG}, with its query if the page's
     * state is in it) in {@code section} of the navigation.
     */
    static void prepare(Model model, String lang, String path, String section, Caller caller) {
        prepare(model, lang, path, section);
        model.addAttribute("owner", caller.role() == Role.OWNER);
        model.addAttribute("loggedIn", true);
    }

    /** The frame of a page shown before a login. */
    static void prepare(Model model, String lang, String path, String section) {
        PageLanguage language = PageLanguage.ofTag(lang).orElseThrow();
        model.addAttribute("language", language);
        Language texts = Language.byTag(language.tag()).orElseThrow();
        model.addAttribute("texts", texts);
        model.addAttribute("times", new PageTimes(texts));
        model.addAttribute("switcher", LanguageLink.all(path, ""));
        model.addAttribute("section", section);
        model.addAttribute("base", "/" + language.tag() + "/workspace");
        model.addAttribute("owner", false);
        model.addAttribute("loggedIn", false);
    }
}
