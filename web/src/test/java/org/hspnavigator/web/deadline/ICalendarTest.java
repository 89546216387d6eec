package org.hspnavigator.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hspnavigator.formats.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The calendar feed's lines in every language (RFC 5545 §3.1 and §3.3.11): a long title of CJK characters,
 * three octets each in UTF-8, folded at 75 octets and never inside a character; the ASCII comma and semicolon
 * of a name escaped, the full-width "，" and "；" of Chinese left as they are (they delimit nothing); the
 * applicant's name and the title joined as the language punctuates a label.
 */
class ICalendarTest {

    private static final String NAME = "Li, Na; \"Lin\"";

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLongTitleIsFoldedAndEscapedInEveryLanguage(Language language) {
        String title = "在留資格認定証明書で入國できる最後一天，재류카드；".repeat(6) + " (14 days)";
        DeadlineItem item = new DeadlineItem(LocalDate.of(2027, 1, 31), "applyBy", "期限，說明; and, more",
                "applicant", NAME, Optional.empty(), Optional.empty());
        String calendar = ICalendar.write("期限", List.of(item), Instant.parse("2026-11-27T03:00:00Z"), language,
                deadline -> title);

        assertThat(calendar).endsWith("\r\n").doesNotContain("\r\n\r\n");
        for (String line : calendar.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            // Cut inside a character, a line would not decode back to itself.
            assertThat(new String(octets, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
        }
        String unfolded = calendar.replace("\r\n ", "");
        String escapedName = "Li\\, Na\\; \"Lin\"";
        assertThat(unfolded).contains("\r\nSUMMARY:" + escapedName + (language == Language.EN || language == Language.KO
                ? ": " : "：") + title + "\r\n");
        assertThat(unfolded).contains("\r\nDESCRIPTION:期限，說明\\; and\\, more\r\n");
        assertThat(calendar.split("\r\n")).filteredOn(line -> line.startsWith("SUMMARY:") || line.startsWith(" "))
                .hasSizeGreaterThan(3);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aDeadlineWithoutTextHasNoDescription(Language language) {
        DeadlineItem item = new DeadlineItem(LocalDate.of(2027, 1, 31), "applyBy", "", "applicant", "Near",
                Optional.empty(), Optional.empty());
        String calendar = ICalendar.write("期限", List.of(item), Instant.parse("2026-11-27T03:00:00Z"), language,
                deadline -> "title");
        assertThat(calendar).contains("\r\nSUMMARY:").doesNotContain("DESCRIPTION");
    }
}
