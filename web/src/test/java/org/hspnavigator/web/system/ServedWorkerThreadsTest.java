package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.coyote.AbstractProtocol;
import org.hspnavigator.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The running server's Tomcat has the workers of the processors, not its own 200. */
@ApiTest
class ServedWorkerThreadsTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void tomcatRunsTheWorkersOfTheProcessors() {
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) context.getWebServer())
                .getTomcat().getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads())
                .isEqualTo(WorkerThreads.forProcessors(Runtime.getRuntime().availableProcessors()));
        assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(protocol.getMaxThreads());
        assertThat(protocol.getMaxConnections()).isGreaterThanOrEqualTo(200);
    }
}
