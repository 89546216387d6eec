package org.hspnavigator.formats.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells read from a shared array say what their strings would, and read as booleans and numbers as JSON would. */
class CsvCellsTest {

    /** Spellings near true and false, with the letters whose case folding surprises. */
    private static final List<String> TEXTS = List.of("", "true", "TRUE", "True", "tRuE", "false", "FALSE", "falſe",
            "FALſE", "fAlse ", "ture", "tru", "truee", "1", "yes", "İ", "ı", "i", "I", "K", "k", "\u212A", "tRUE\u212A",
            "ｔｒｕｅ", "𝔘", "漢字");
    /** Texts near numbers as JSON writes them. */
    private static final List<String> NUMBERS = List.of("0", "-0", "7", "7.50", "-7.25", "1e3", "1E-2", "-1.5e+10",
            "007", "+1", "1.", ".5", "1,000", " 7", "7 ", "７", "0x10", "1e", "-", "1e99999999999", "12345678901234567890");

    @Test
    void textsAndLengthsAreThoseOfTheStrings() {
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
        }
    }

    @Test
    void aCellIsABooleanWhenItsTextIsTrueOrFalseInAnyCaseAsStringsCompareThem() {
        CsvCells cells = CsvCells.of(TEXTS);
        CsvCell value = new CsvCell().row(cells);
        for (int cell = 0; cell < TEXTS.size(); cell++) {
            String text = TEXTS.get(cell);
            if (text.isEmpty()) {
                continue;
            }
            Boolean expected = text.equalsIgnoreCase("true") ? Boolean.TRUE
                    : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
            assertThat(value.at(cell).bool()).as(text).isEqualTo(expected);
            assertThat(value.at(cell).isString()).as(text).isTrue();
        }
    }

    @Test
    void aCellIsANumberWhenItsTextIsOneAsJsonWritesItWithTheValueAndScaleOfBigDecimal() {
        CsvCell value = new CsvCell().row(CsvCells.of(NUMBERS));
        for (int cell = 0; cell < NUMBERS.size(); cell++) {
            String text = NUMBERS.get(cell);
            boolean json = text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") && !text.equals("1e99999999999");
            assertThat(value.at(cell).number()).as(text).isEqualTo(json ? new BigDecimal(text) : null);
            long plain = text.matches("0|[1-9][0-9]{0,17}") ? Long.parseLong(text) : -1;
            assertThat(value.at(cell).plainWholeNumber()).as(text).isEqualTo(plain);
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
