package org.hspnavigator.web.system;

import java.util.Optional;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a browser gets when the storage refused a change it asked for, in the language of the page
 * it asked for; empty for a request that is not a page's (the API's, which gets a problem).
 */
public interface UnavailablePages {

    /** The page for a request of {@code path} (after the context path), of a user logged in or not. */
    Optional<ModelAndView> page(String path, boolean loggedIn);
}
