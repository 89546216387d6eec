package org.hspnavigator.web.system;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.node.ObjectNode;

/**
 * The errors Tomcat answers itself, before any part of the application sees the request (a path
 * with an undecodable %-escape, a path that climbs out of the root): a problem like every other
 * answer of the API, instead of Tomcat's HTML page naming its version.
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
            ObjectNode problem = Problems.problem(known == null ? HttpStatus.BAD_REQUEST : known,
                    known == null ? "Error " + status : known.getReasonPhrase(), request.getRequestURI());
            try {
                response.setContentType(Problems.PROBLEM_JSON.toString());
                OutputStream out = response.getOutputStream();
                out.write(JsonResponses.bytes(problem));
                out.flush();
            } catch (IOException | IllegalStateException e) {
                // The client went away or the answer had begun: nothing more can be said to it.
            }
        }
    }
}
