package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells read from a shared array say what their strings would. */
class CsvCellsTest {

    /** Spellings near true and false, with the letters whose case folding surprises. */
    private static final List<String> TEXTS = List.of("", "true", "TRUE", "True", "tRuE", "false", "FALSE", "falſe",
            "FALſE", "fAlse ", "ture", "tru", "truee", "1", "yes", "İ", "ı", "i", "I", "K", "k", "\u212A", "tRUE\u212A", "ｔｒｕｅ", "𝔘", "漢字");

    @Test
    void textsComparisonsAndLengthsAreThoseOfTheStrings() {
        CsvCells cells = CsvCells.of(TEXTS);
        assertThat(cells.size()).isEqualTo(TEXTS.size());
        assertThat(cells.texts()).isEqualTo(TEXTS);
        for (int cell = 0; cell < TEXTS.size(); cell++) {
            String text = TEXTS.get(cell);
            assertThat(cells.text(cell)).isEqualTo(text);
            assertThat(cells.length(cell)).isEqualTo(text.length());
            assertThat(cells.isEmpty(cell)).isEqualTo(text.isEmpty());
            StringBuilder appended = new StringBuilder(">");
            cells.appendTo(appended, cell);
            assertThat(appended).hasToString(">" + text);
            for (String other : TEXTS) {
                assertThat(cells.is(cell, other.toCharArray())).as("%s is %s", text, other).isEqualTo(text.equals(other));
                assertThat(cells.isIgnoringCase(cell, other)).as("%s is %s ignoring case", text, other)
                        .isEqualTo(text.equalsIgnoreCase(other));
            }
        }
    }

    @Test
    void aRowIsAViewOfItsOwnCellsInASharedArray() {
        char[] chars = "ab,cdef".toCharArray();
        int[] bounds = {0, 2, 2, 3, 7};
        CsvCells second = new CsvCells(chars, bounds, 2, 2);
        assertThat(second.texts()).containsExactly(",", "cdef");
        assertThat(second.charAt(1, 3)).isEqualTo('f');
        assertThat(new CsvCells(chars, bounds, 4, 0).texts()).isEmpty();
        assertThatThrownBy(() -> new CsvCells(chars, bounds, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
