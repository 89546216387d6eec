package org.hspnavigator.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hspnavigator.engine.profile.Profile;
import org.hspnavigator.engine.scoring.ScoreResult;
import org.hspnavigator.report.ReportLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renders the pages of the example applicants' reports to PNG under {@code target/reports/}, to be
 * looked at: the test checks only that every page renders and is not blank.
 */
class SheetPictureTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"mr-zhang, JA", "mr-zhang, EN", "mr-zhang, ZH", "mr-zhang, ZH_HANT", "mr-zhang, KO",
        "ms-li, JA", "ms-li, EN", "ms-li, ZH", "ms-li, ZH_HANT", "ms-li, KO",
        "dr-wang, JA", "dr-wang, EN", "dr-wang, ZH", "dr-wang, ZH_HANT", "dr-wang, KO"})
    void everyPageRendersWithInk(String example, ReportLanguage language) throws Exception {
        Profile profile = SheetPdfFixture.example(example + ".json");
        ScoreResult result = SheetPdfFixture.ENGINE.score(profile);
        byte[] pdf = SheetPdfFixture.pdf(result, profile, result.defaultCategory(), language);
        Path folder = Files.createDirectories(Path.of("target", "reports"));
        String name = example + "-" + language.tag();
        Files.write(folder.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                ImageIO.write(image, "png", folder.resolve(name + "-p" + (page + 1) + ".png").toFile());
                // A last page may hold only the notes that did not fit on the one before.
                assertThat(darkPixels(image)).as("page %d of %s", page + 1, name).isGreaterThan(page == 0 ? 500 : 100);
            }
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xff) < 96) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
