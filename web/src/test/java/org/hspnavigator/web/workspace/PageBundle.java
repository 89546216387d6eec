package org.hspnavigator.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A message bundle of the pages read as the tests compare it: its keys and texts, in UTF-8. */
final class PageBundle {

    private PageBundle() {
    }

    /** The bundle at {@code path} on the class path ({@code i18n/workspace_ja.properties}). */
    static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PageBundle.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
