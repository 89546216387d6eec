package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The patterns parsed once write what a new MessageFormat writes: every text of the message bundles in
 * every language, with the language's number format, formatted over and over (as a server does) with seeded
 * random arguments of the kinds the engine gives: counts around the choices' bounds, yen amounts, texts and
 * dates; and the odd ones MessageFormat writes in its own way (a null, too few arguments, a fraction). The
 * patterns are shared by every thread, so threads format the same patterns at once.
 */
class MessagePatternsTest {

    private static final List<String> BUNDLES = List.of("messages", "checklist", "family", "faq");
    private static final long SEED = 20_260_401L;

    @Test
    void everyTextEqualsANewMessageFormatsSeed20260401() throws IOException {
        Random random = new Random(SEED);
        int compared = 0;
        for (Language language : Language.values()) {
            Locale locale = language.formatLocale();
            for (String bundle : BUNDLES) {
                Properties texts = load(bundle + suffix(language));
                MessagePatterns patterns = new MessagePatterns(locale, texts::getProperty);
                for (int round = 0; round < 20; round++) {
                    for (String key : texts.stringPropertyNames()) {
                        String text = texts.getProperty(key);
                        Object[] arguments = arguments(new MessageFormat(text, locale), random);
                        String expected = new MessageFormat(text, locale).format(arguments);
                        assertThat(patterns.format(key, arguments)).as(bundle + suffix(language) + " " + key).isEqualTo(expected);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(5000);
    }

    @Test
    void threadsFormattingTheSamePatternsAtOnceWriteWhatEachWouldAloneSeed20260402() throws Exception {
        Locale locale = Language.JA.formatLocale();
        Properties texts = load("messages_ja");
        MessagePatterns patterns = new MessagePatterns(locale, texts::getProperty);
        List<String> keys = List.copyOf(texts.stringPropertyNames());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> compared = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                Random random = new Random(20_260_402L + thread);
                compared.add(threads.submit(() -> {
                    int count = 0;
                    for (int round = 0; round < 200; round++) {
                        String key = keys.get(random.nextInt(keys.size()));
                        String text = texts.getProperty(key);
                        Object[] arguments = arguments(new MessageFormat(text, locale), random);
                        assertThat(patterns.format(key, arguments)).as(key)
                                .isEqualTo(new MessageFormat(text, locale).format(arguments));
                        count++;
                    }
                    return count;
                }));
            }
            for (Future<Integer> count : compared) {
                assertThat(count.get()).isEqualTo(200);
            }
        } finally {
            threads.shutdown();
        }
    }

    /** The file name's ending of a language's bundle: none for English, {@code _zh_Hant} and the like. */
    private static String suffix(Language language) {
        return language == Language.EN ? "" : "_" + language.tag().replace('-', '_');
    }

    /**
     * Ten arguments (now and then fewer): a number where the pattern formats one, else a number, a text or
     * a date; now and then a null.
     */
    private static Object[] arguments(MessageFormat format, Random random) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[random.nextInt(20) == 0 ? random.nextInt(3) : 10];
        for (int i = 0; i < arguments.length; i++) {
            boolean number = i < formats.length && (formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat);
            if (random.nextInt(50) == 0) {
                continue;
            }
            arguments[i] = number ? number(random) : switch (random.nextInt(4)) {
                case 0 -> number(random);
                case 1 -> "text " + random.nextInt(100);
                case 2 -> LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
                default -> (long) random.nextInt(20_000_000);
            };
        }
        return arguments;
    }

    private static Number number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(4);
            case 1 -> (long) random.nextInt(100);
            case 2 -> random.nextInt(1000) / 8.0;
            default -> random.nextLong() % 30_000_000L;
        };
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessagePatternsTest.class.getResourceAsStream(bundle + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
