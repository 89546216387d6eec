package org.hspnavigator.web.system;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Tomcat's worker threads when {@code server.tomcat.threads.max} ({@code SERVER_TOMCAT_THREADS_MAX}) is not
 * set: {@link #PER_PROCESSOR} a processor the JVM sees, in place of Tomcat's 200. A public request needs
 * only the processor, and 200 runnable workers on 2 cores lost their time slices to one another: at 64
 * connections the p99 was three to four times that of 8 workers (bench/README.md, "Worker threads").
 * A few a processor leave room for the workspace's requests that wait on the database meanwhile.
 * Connections beyond the workers are still accepted and wait for one (Tomcat's {@code max-connections},
 * 8192), so 200 clients at once are queued, not refused.
 *
 * <p>The value goes into Spring Boot's default properties, the last place a setting is looked up, so that
 * an environment variable, a system property, a command-line argument or a configuration file overrides
 * it as it would Tomcat's own default.
 */
public final class WorkerThreads implements EnvironmentPostProcessor {

    /** The setting of the maximum, as Spring Boot binds it for Tomcat. */
    static final String MAXIMUM = "server.tomcat.threads.max";
    /** Workers a processor when none is set. */
    static final int PER_PROCESSOR = 4;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DefaultPropertiesPropertySource.addOrMerge(Map.of(MAXIMUM, forProcessors(Runtime.getRuntime().availableProcessors())),
                environment.getPropertySources());
    }

    /** The default number of workers for a JVM that sees {@code processors} processors. */
    static int forProcessors(int processors) {
        return PER_PROCESSOR * Math.max(1, processors);
    }
}
