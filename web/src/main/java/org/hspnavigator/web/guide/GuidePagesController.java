package org.hspnavigator.web.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * {@code hsp faq --lang} gives them in the page's language) and the rules page (docs/rules.md, rendered
 * once at start-up), in the page chrome of each language; the names of the myths' sources are the
 * language's too. The rule book is written in English for now, and marked so.
 */
@Controller
public class GuidePagesController {

    private static final String RULE_BOOK = "/org/hspnavigator/web/guide/rules.md";

    private final Map<PageLanguage, List<MythEntry>> myths = new EnumMap<>(PageLanguage.class);
    private final String ruleBook;

    public GuidePagesController() {
        for (PageLanguage language : PageLanguage.values()) {
            MythTexts texts = MythTexts.of(Language.byTag(language.tag()).orElseThrow());
            myths.put(language, MythCatalog.official().all().stream().map(myth -> MythEntry.of(myth, texts)).toList());
        }
        this.ruleBook = RuleBookHtml.render(read(RULE_BOOK));
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
        model.addAttribute("ruleBook", ruleBook);
        return "pages/rules";
    }

    private static void page(Model model, String lang, String path) {
        model.addAttribute("language", PageLanguage.ofTag(lang).orElseThrow());
        model.addAttribute("switcher", LanguageLink.all(path, ""));
    }

    private static String read(String resource) {
        try (InputStream in = GuidePagesController.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
