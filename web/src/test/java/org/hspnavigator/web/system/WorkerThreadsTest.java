package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The worker threads' default follows the processors, and every way of setting them overrides it. */
class WorkerThreadsTest {

    @Test
    void aFewWorkersAProcessor() {
        assertThat(WorkerThreads.forProcessors(1)).isEqualTo(4);
        assertThat(WorkerThreads.forProcessors(2)).isEqualTo(8);
        assertThat(WorkerThreads.forProcessors(16)).isEqualTo(64);
    }

    @Test
    void withoutASettingTheProcessorsOfTheJvmDecide() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);

        assertThat(maximumAfterPostProcessing(environment))
                .isEqualTo(WorkerThreads.forProcessors(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void theEnvironmentVariableOverridesIt() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("SERVER_TOMCAT_THREADS_MAX", "200")));

        assertThat(maximumAfterPostProcessing(environment)).isEqualTo(200);
    }

    @Test
    void aPropertyOverridesIt() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.properties",
                Map.of("server.tomcat.threads.max", "3")));

        assertThat(maximumAfterPostProcessing(environment)).isEqualTo(3);
    }

    /** The maximum as Spring Boot binds it for Tomcat once the post-processor has run. */
    private static int maximumAfterPostProcessing(StandardEnvironment environment) {
        ConfigurationPropertySources.attach(environment);
        new WorkerThreads().postProcessEnvironment(environment, new SpringApplication());
        return Binder.get(environment).bind(WorkerThreads.MAXIMUM, Integer.class).get();
    }
}
