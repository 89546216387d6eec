package org.hspnavigator.web.system;

import java.time.Clock;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.profile.ReferenceDates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock and the reference dates the endpoints share: "today" is the date in Japan, as on the
 * command line, whatever the server's time zone. Tests replace the clock.
 */
@Configuration(proxyBeanMethods = false)
public class ServerConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReferenceDates referenceDates(Clock clock) {
        return new ReferenceDates(clock, RuleBook.official().earliestDate());
    }
}
