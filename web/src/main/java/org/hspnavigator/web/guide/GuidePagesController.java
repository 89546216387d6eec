package org.hspnavigator.web.guide;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hspnavigator.engine.faq.MythCatalog;
import org.hspnavigator.formats.faq.MythTexts;
import org.hspnavigator.formats.text.Language;
import org.hspnavigator.web.selfassessment.LanguageLink;
import org.hspnavigator.web.system.PageLanguage;
import org.hspnavigator.web.system.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The FAQ page (the engine's myths, each with its verdict, the rule and its sources, as
 * {@code hsp faq --lang} gives them in the page's language, their sources' names too) and the rules page
 * (docs/rules.md and its translations), in the page chrome of each language. A language whose
 * translation of the rule book is missing gets the English one, marked so. Each language's rule book is
 * rendered once, when its page is first asked for rather than at start-up: rendering all five took a few
 * percent of the server's start-up, which no first API request needs.
 */
@Controller
public class GuidePagesController {

    private final Map<PageLanguage, List<MythEntry>> myths = new EnumMap<>(PageLanguage.class);
    private final Map<PageLanguage, RuleBookPage> ruleBooks = new ConcurrentHashMap<>();

    public GuidePagesController() {
        for (PageLanguage language : PageLanguage.values()) {
            MythTexts texts = MythTexts.of(Language.byTag(language.tag()).orElseThrow());
            myths.put(language, MythCatalog.official().all().stream().map(myth -> MythEntry.of(myth, texts)).toList());
        }
    }

    @GetMapping(Pages.FAQ)
    String faq(@PathVariable("lang") String lang, Model model) {
        page(model, lang, "/faq");
        model.addAttribute("myths", myths.get(PageLanguage.ofTag(lang).orElseThrow()));
        return "pages/faq";
    }

    @GetMapping(Pages.RULES)
    String rules(@PathVariable("lang") String lang, Model model) {
        page(model, lang, "/rules");
        PageLanguage language = PageLanguage.ofTag(lang).orElseThrow();
        RuleBookPage ruleBook = ruleBooks.computeIfAbsent(language, RuleBookPage::of);
        model.addAttribute("ruleBook", ruleBook.html());
        model.addAttribute("ruleBookLanguage", ruleBook.language().tag());
        model.addAttribute("ruleBookInEnglish", ruleBook.fallsBackFrom(language));
        return "pages/rules";
    }

    private static void page(Model model, String lang, String path) {
        model.addAttribute("language", PageLanguage.ofTag(lang).orElseThrow());
        model.addAttribute("switcher", LanguageLink.all(path, ""));
    }
}
