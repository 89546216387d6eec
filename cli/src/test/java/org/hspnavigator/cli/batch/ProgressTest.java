package org.hspnavigator.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.api.Test;

/** The progress bar's counts in the command's language, grouped by thousands in every language. */
class ProgressTest {

    @Test
    void theCountsAreWrittenInTheCommandsLanguage() {
        assertThat(Progress.Bar.counts(new CommandTexts(Language.EN), 1_234_567, 89_012))
                .isEqualTo("1,234,567 rows, 89,012 rows/s");
        assertThat(Progress.Bar.counts(new CommandTexts(Language.JA), 1_234_567, 89_012))
                .isEqualTo("1,234,567行、毎秒89,012行");
        assertThat(Progress.Bar.counts(new CommandTexts(Language.ZH), 999, 0)).isEqualTo("999 行，每秒 0 行");
        assertThat(Progress.Bar.counts(new CommandTexts(Language.ZH_HANT), 1_000, 10)).isEqualTo("1,000 列，每秒 10 列");
        assertThat(Progress.Bar.counts(new CommandTexts(Language.KO), 1_000, 10)).isEqualTo("1,000행, 초당 10행");
    }
}
