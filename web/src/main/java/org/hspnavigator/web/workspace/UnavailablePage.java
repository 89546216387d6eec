package org.hspnavigator.web.workspace;

import java.util.Optional;
import org.hspnavigator.web.system.UnavailablePages;
import org.hspnavigator.web.system.WorkspacePages;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The workspace's unavailable page: a change the storage refused (a full, read-only or failing disk),
 * 503 in the page's language, saying that nothing was saved, that reading goes on for a logged-in user,
 * and to try again later.
 */
@Component
class UnavailablePage implements UnavailablePages {

    private static final PathPattern PAGES =
            PathPatternParser.defaultInstance.parse(WorkspacePages.ALL);

    @Override
    public Optional<ModelAndView> page(String path, boolean loggedIn) {
        if (!PAGES.matches(PathContainer.parsePath(path))) {
            return Optional.empty();
        }
        ExtendedModelMap model = new ExtendedModelMap();
        WorkspaceFrame.prepare(model, WorkspacePages.languageOf(path).orElseThrow().tag(), "/workspace/applicants", "");
        model.addAttribute("loggedIn", loggedIn);
        return Optional.of(new ModelAndView("workspace/unavailable", model, HttpStatus.SERVICE_UNAVAILABLE));
    }
}
