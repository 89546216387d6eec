package org.hspnavigator.web.system;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.hspnavigator.formats.text.Language;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.node.ObjectNode;

/**
 * The errors Tomcat answers itself, before any part of the application sees the request (a path
 * with an undecodable %-escape, a path that climbs out of the root, a malformed request line, headers
 * too long, a bad Host): a problem like every other answer of the API, its title and detail in the
 * language of {@code Accept-Language} when Tomcat read it, instead of Tomcat's English HTML page naming
 * its version.
 */
@Configuration(proxyBeanMethods = false)
public class ProblemErrorReports {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    /** Tomcat's error report valve, writing an RFC 9457 problem instead of an HTML page. */
    public static final class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus answered = known == null ? HttpStatus.BAD_REQUEST : known;
            Language language = language(request);
            ObjectNode problem = Problems.problem(answered, known == null ? "Error " + status
                    : Problems.title(known, language), request.getRequestURI(), language);
            try {
                response.setContentType(Problems.PROBLEM_JSON.toString());
                OutputStream out = response.getOutputStream();
                out.write(JsonResponses.bytes(problem));
                out.flush();
            } catch (IOException | IllegalStateException e) {
                // The client went away or the answer had begun: nothing more can be said to it.
            }
        }

        /**
         * The language the request's {@code Accept-Language} asks for, when Tomcat read its headers before
         * refusing it; English for a request whose request line or headers it could not read.
         */
        private static Language language(Request request) {
            try {
                return AcceptLanguage.of(request);
            } catch (RuntimeException unreadable) {
                return Language.EN;
            }
        }
    }
}
