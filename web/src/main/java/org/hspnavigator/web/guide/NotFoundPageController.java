package org.hspnavigator.web.guide;

import jakarta.servlet.http.HttpServletResponse;
import org.hspnavigator.web.selfassessment.LanguageLink;
import org.hspnavigator.web.system.PageLanguage;
import org.hspnavigator.web.system.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page-not-found page: an address under a language that is no page gets a 404 page in that
 * language, with the way back to the start, instead of the API's problem. Every other unknown address
 * (the API's) stays a problem+json 404. The workspace's pages show the same page in their own frame
 * (WorkspacePageErrors).
 */
@Controller
public class NotFoundPageController {

    @GetMapping(Pages.UNKNOWN_PAGE)
    String notFound(@PathVariable("lang") String lang, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("language", PageLanguage.ofTag(lang).orElseThrow());
        model.addAttribute("switcher", LanguageLink.all("/", ""));
        model.addAttribute("workspace", false);
        return "pages/not-found";
    }
}
