package org.hspnavigator.web.storage;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identifiers of the workspace's rows: UUIDs of version 7 (RFC 9562), made by the program rather
 * than by the database, so that SQLite and PostgreSQL need no sequence of their own. Their first 48
 * bits are the time in milliseconds, so rows listed by id come in the order they were made; the next 12
 * bits are a counter within the millisecond (so that one process makes them in increasing order, even
 * under a clock that stands still, as in tests) and 62 random bits, so that an id says nothing about
 * another organization's.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final int COUNTER_LIMIT = 0x1000;

    private final Clock clock;
    private long lastMillis;
    private int counter;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** A new id, as its lower-case text. */
    public synchronized String next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = 0;
        } else if (++counter == COUNTER_LIMIT) {
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis << 16) | 0x7000L | counter;
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** Whether {@code text} has the form of an id; any other text names no row. */
    public static boolean isId(String text) {
        return text != null && TEXT.matcher(text).matches();
    }
}
