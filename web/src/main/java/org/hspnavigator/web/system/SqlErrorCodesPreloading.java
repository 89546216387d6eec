package org.hspnavigator.web.system;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.support.SQLErrorCodesFactory;

/**
 * Reads Spring JDBC's table of SQL error codes ({@code sql-error-codes.xml}) on a thread of its own as soon
 * as the server starts. Why: Spring Session's JDBC repository translates its SQL errors by that table and
 * reads it, an XML document turned into beans, when the repository is made: on the thread that starts the
 * server, which the first answer waits for (bench/README.md). Read here first, it is the same table,
 * Spring's one instance of it, that the repository then finds, so every SQL error is translated as
 * before. Should the repository ask before this thread is done, it reads the table itself, as it did.
 * Registered in {@code META-INF/spring.factories}, as Spring Boot registers its own background
 * initialisation, so that it runs before the server's configuration is read.
 */
public final class SqlErrorCodesPreloading implements ApplicationListener<ApplicationStartingEvent> {

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        start();
    }

    /** Starts the thread that reads the table, and returns it. */
    static Thread start() {
        Thread reader = new Thread(SQLErrorCodesFactory::getInstance, "sql-error-codes");
        // Never holds the process open: a start that fails, or a command that ends at once, exits as before.
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
