package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text with arguments reads correctly when a count is 1: "1 completed year", "1 month", never
 * "1 completed years". Each text is formatted with every argument 1, the count that needs the singular.
 */
class SingularPluralTest {

    private static final List<String> BUNDLES = List.of("messages", "checklist", "family");
    /** Its years are a fraction written as text ("4.5"), never a whole count of 1. */
    private static final String FRACTIONAL_YEARS = "item.career.fractional";
    private static final Pattern PLURAL_AFTER_ONE = Pattern.compile(
            "(?<![\\d,.¥])\\b1 (completed )?(years|months|days|weeks|items|workers|degrees|papers|tests|qualifications)\\b");

    @Test
    void aCountOfOneIsSingular() throws IOException {
        for (String bundle : BUNDLES) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (key.startsWith("value.") || key.equals(FRACTIONAL_YEARS) || !text.contains("{")) {
                    continue;
                }
                Object[] ones = new Object[10];
                Arrays.fill(ones, 1);
                String rendered = new MessageFormat(text, Locale.ENGLISH).format(ones);
                assertThat(rendered).as(bundle + ": " + key).doesNotContainPattern(PLURAL_AFTER_ONE);
            }
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Explanations.class.getResourceAsStream(bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
