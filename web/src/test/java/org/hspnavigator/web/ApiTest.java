package org.hspnavigator.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the running server: the whole application on a random port, with the clock of the
 * command line's tests (2026-11-27 in Japan). Every test class so annotated shares one application
 * context, so the server starts once in each test JVM (web/pom.xml's forkCount).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = HspServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.accesslog.enabled=false", "hsp.db.url=jdbc:sqlite:target/test-data/api-${random.uuid}.db"})
@Import({FixedClock.class, org.hspnavigator.web.workspace.Tenants.class})
public @interface ApiTest {
}
