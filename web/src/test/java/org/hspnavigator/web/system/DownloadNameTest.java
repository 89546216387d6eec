package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The file name of a download named after a person: the UTF-8 name in filename*, an ASCII fallback in
 * filename, and nothing of the name that could end the header, add a parameter or leave the folder.
 */
class DownloadNameTest {

    @Test
    void aChineseNameIsInFilenameStarAndTheFallbackIsPlainAscii() {
        String header = DownloadName.attachment("hsp-sheet-ja", "王 伟", "pdf");
        assertThat(header).startsWith("attachment; filename=\"hsp-sheet-ja.pdf\"; filename*=UTF-8''");
        assertThat(decodedStar(header)).isEqualTo("hsp-sheet-ja-王_伟.pdf");
    }

    @Test
    void aLatinNameIsInBothNames() {
        String header = DownloadName.attachment("hsp-summary-en", "Maria Garcia-Lopez", "pdf");
        assertThat(header).isEqualTo("attachment; filename=\"hsp-summary-en-Maria_Garcia-Lopez.pdf\"; "
                + "filename*=UTF-8''hsp-summary-en-Maria_Garcia-Lopez.pdf");
    }

    @Test
    void anAccentedLatinNameKeepsItsLettersInFilenameStarAndItsAsciiOnesInTheFallback() {
        String header = DownloadName.attachment("hsp-sheet-en", "Nguye\u0302\u0303n Văn An", "pdf");
        assertThat(decodedStar(header)).isEqualTo("hsp-sheet-en-Nguyễn_Văn_An.pdf");
        assertThat(header).contains("filename=\"hsp-sheet-en-Nguyn_Vn_An.pdf\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evil\"; filename=\"x.exe", "Zhang\r\nSet-Cookie: a=b", "../../etc/passwd", "a\\b/c",
            "name\u0000\u2028\u202e", "x;y,z:*?<>|", "\"", "\r\n"})
    void noPartOfTheNameCanBreakOutOfTheHeaderOrTheFolder(String name) {
        String header = DownloadName.attachment("hsp-sheet-ja", name, "pdf");
        assertThat(header).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u0000")
                .doesNotContain("\u2028").doesNotContain("\u202e");
        // Exactly the two parameters, each quoted or encoded: no quote, semicolon or slash of the name is left.
        assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
        assertThat(header.chars().filter(c -> c == ';').count()).isEqualTo(2);
        assertThat(header).doesNotContain("/").doesNotContain("\\").doesNotContain("..");
        assertThat(decodedStar(header)).startsWith("hsp-sheet-ja").endsWith(".pdf").doesNotContain("/")
                .doesNotContain("\"").doesNotContain("\\");
        assertThat(header).matches("attachment; filename=\"[A-Za-z0-9_.-]+\"; filename\\*=UTF-8''[A-Za-z0-9%!#$&+^_`|~.-]+");
    }

    @Test
    void aLongNameIsShortened() {
        String header = DownloadName.attachment("hsp-sheet-ja", "山".repeat(500), "pdf");
        assertThat(decodedStar(header)).isEqualTo("hsp-sheet-ja-" + "山".repeat(DownloadName.MAX_NAME) + ".pdf");
    }

    private static String decodedStar(String header) {
        String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
