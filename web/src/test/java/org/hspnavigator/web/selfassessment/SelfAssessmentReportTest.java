package org.hspnavigator.web.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hspnavigator.engine.points.Category;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.Http;
import org.hspnavigator.web.system.PageLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The download of the results page: its link carries the answers, and gives the applicant summary of
 * the same points as PDF in the page's language; answers the results page refuses go back to it.
 */
@ApiTest
class SelfAssessmentReportTest {

    private static final Pattern REPORT_LINK = Pattern.compile("<a id=\"report\" href=\"([^\"]+)\">([^<]+)</a>");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(PageLanguage.class)
    void theResultsPageLinksToTheSummaryOfTheSameAnswers(PageLanguage language) throws IOException {
        ExampleApplicant zhang = ExampleApplicant.of("mr-zhang.json");
        Http http = new Http(port);
        Http.Answer results = http.send(HttpRequest.newBuilder(http.uri("/" + language.tag()
                + "/self-assessment/results?" + zhang.query())).header("Accept", "text/html"));
        Matcher link = REPORT_LINK.matcher(results.body());
        assertThat(link.find()).as("the download link of the %s results", language.tag()).isTrue();
        String href = link.group(1).replace("&amp;", "&");
        assertThat(href).startsWith("/" + language.tag() + "/self-assessment/report?").contains("birthDate=1994-03-10");
        HttpResponse<byte[]> pdf = get(href);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.tag());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            for (Category category : Category.values()) {
                assertThat(text.lines()).as("%s in %s", category, language.tag())
                        .anyMatch(line -> line.contains(category.officialName())
                                && line.contains(" " + zhang.points().get(category) + " "));
            }
            // The reader of a page has no command line: the note on the documents points to the results page.
            assertThat(text).as("the %s summary", language.tag()).doesNotContain("hsp report").doesNotContain("--kind");
        }
    }

    /**
     * The summary gives the permanent-residence dates the results page gives, on the case the page makes of
     * the answers, and explains them beside the forecast as the page does (ResidenceBesideForecastTest): for
     * Ms Li the 70-point route does not open within ten years, while the forecast is back at 70 points from
     * the day her fifth year of experience completes.
     */
    @Test
    void theSummaryGivesTheRoutesOfTheResultsPage() throws IOException {
        HttpResponse<byte[]> pdf = get("/en/self-assessment/report?" + ExampleApplicant.of("ms-li.json").query());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertThat(text.lines()).anyMatch(line -> line.contains("70 points (70点), 3 years of residence")
                    && line.contains("not within the next 10 years"));
            String squeezed = text.replaceAll("\\s+", "");
            assertThat(squeezed).contains("ComputedfromaresidenceinJapansince2026-11-27andtheHSPstatussince2026-11-27",
                    "Theforecastshows70pointsfrom2028-11-27");
            assertThat(text).doesNotContain("hold no residence in Japan");
        }
    }

    @Test
    void answersTheResultsPageRefusesGoBackToIt() {
        HttpResponse<byte[]> answer = get("/ja/self-assessment/report?birthDate=1990-02-30");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/ja/self-assessment/results?birthDate=1990-02-30");
    }

    private HttpResponse<byte[]> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new Http(port).uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
