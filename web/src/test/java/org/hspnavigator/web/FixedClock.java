package org.hspnavigator.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The clock of the tests: 2026-11-27 in Japan, the day the command line's tests run on, so both agree on "today". */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    @Bean
    @Primary
    Clock fixedClock() {
        return CLOCK;
    }
}
