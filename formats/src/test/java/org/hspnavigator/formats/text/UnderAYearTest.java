package org.hspnavigator.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.hspnavigator.engine.points.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Experience of less than a year reads as such in every language: 1年未満, 不满1年, 未滿1年, 1년 미만, never
 * "만 0년" or "満0年" (0.5 years of work are 0 completed years, which the career item and the J-Skip lines
 * name; English says "0 completed years"), and no experience at all as none, never "경력 0년". Each text in
 * which the engine gives completed years (engine.rule.ProfessionalCareer, engine.jskip.JSkipCriteria) is
 * formatted with those years 0 and its other counts 7.
 */
class UnderAYearTest {

    /** The texts that name completed years, and the index of their argument. */
    private static final Map<String, Integer> COMPLETED_YEARS = Map.of("item.career", 0, "item.career.fractional", 1,
            "jskip.met.EXPERIENCE", 0, "jskip.notMet.degreeOrExperience", 5, "jskip.notMet.experience", 3);
    private static final Pattern ZERO_YEARS = Pattern.compile(
            "만 0년|満0年|满0年|滿0年|경력 0년|経験0年|经验0年|經驗0年");

    @ParameterizedTest
    @EnumSource(Language.class)
    void lessThanAYearIsNeverZeroYears(Language language) {
        MessageTexts texts = MessageTexts.of("messages", language);
        COMPLETED_YEARS.forEach((key, index) -> {
            Object[] arguments = new Object[10];
            Arrays.fill(arguments, 7L);
            arguments[index] = 0L;
            if (key.equals("item.career.fractional")) {
                arguments[0] = "0.5";
            }
            String text = texts.text(Message.of(key, arguments));
            assertThat(text).as(language.tag() + ": " + key).doesNotContainPattern(ZERO_YEARS);
        });
    }
}
