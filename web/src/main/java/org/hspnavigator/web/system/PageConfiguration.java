package org.hspnavigator.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the pages need from the server besides their controllers: the language from the URL and the
 * stylesheet served by the application itself (no CDN, no build step). The server has no other static
 * files: every other unknown path stays a 404 problem.
 */
@Configuration(proxyBeanMethods = false)
public class PageConfiguration implements WebMvcConfigurer {

    /** Where the pages' assets are served from. */
    public static final String ASSETS = "/assets/";

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new PathLocaleResolver();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(ASSETS + "**").addResourceLocations("classpath:/org/hspnavigator/web/assets/")
                .setCacheControl(CacheControl.noCache());
    }
}
