package org.hspnavigator.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.web.ApiTest;
import org.hspnavigator.web.Http;
import org.hspnavigator.web.workspace.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports from the server: the public endpoint's PDF of a profile and of a case, its 400s named as
 * {@code hsp report} names them, and a stored applicant's report for its organization only.
 */
@ApiTest
class ReportEndpointTest {

    private static final String PROFILE = read("examples/mr-zhang.json");
    private static final String CASE = read("examples/case-zhang.json");

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;

    @Test
    void aProfileGivesTheJapaneseSheetByDefault() throws IOException {
        HttpResponse<byte[]> answer = post("/api/v1/reports", PROFILE);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", "hsp-sheet-ja.pdf"));
        String text = text(answer.body());
        assertThat(text).contains("ポイント計算表", "学歴", "高度専門・技術活動");
        assertThat(text.lines()).anyMatch(line -> line.startsWith("合計") && line.endsWith(" 80"));
    }

    @Test
    void aCaseGivesTheSummaryWithThePermanentResidenceDates() throws IOException {
        HttpResponse<byte[]> answer = post("/api/v1/reports?kind=summary&lang=zh&date=2026-11-27", CASE);
        assertThat(answer.statusCode()).isEqualTo(200);
        String text = text(answer.body());
        assertThat(text).contains("申请人摘要", "永住许可", "学歴 · 学历".substring(0, 2));
        assertThat(text).contains("2026年11月27日符合要件");
    }

    @Test
    void badInputIsA400NamingEveryProblemAsTheCommandLineDoes() throws Exception {
        Http.Answer answer = new Http(port).postJson("/api/v1/reports?kind=letter&lang=fr&category=nope",
                "{\"birthDate\": \"1990-01-01\", \"annualSalaryYen\": -5}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        var problem = StrictJson.parse(answer.body());
        assertThat(problem.get("errors").findValuesAsString("path"))
                .containsExactly("kind", "category", "lang", "annualSalaryYen");
        assertThat(problem.get("errors").get(2).get("message").stringValue())
                .isEqualTo("expected one of ja, en, zh, zh-Hant, ko, got \"fr\"");
        var array = StrictJson.parse(new Http(port).postJson("/api/v1/reports", "[" + PROFILE + "]").body());
        assertThat(array.get("errors").findValuesAsString("path")).containsExactly("$");
        var early = StrictJson.parse(new Http(port).postJson("/api/v1/reports?date=2021-01-01", CASE).body());
        assertThat(early.get("errors").get(0).get("message").stringValue())
                .startsWith("2021-01-01 is before the case's first snapshot (2022-04-01)");
    }

    @Test
    void aStoredApplicantsReportIsForItsOrganizationOnly() throws IOException {
        Tenants.Organization mine = tenants.organization("Reports");
        Tenants.Organization other = tenants.organization("Others");
        Tenants.Applicant applicant = tenants.applicant(mine, "Applicant with a report");
        String path = "/api/v1/applicants/" + applicant.id() + "/report?kind=summary&lang=en";
        HttpResponse<byte[]> answer = get(path, mine.memberToken());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = text(answer.body());
        // The stored case has a residence since 2022-04-01: the summary dates permanent residence.
        assertThat(text).contains("Applicant summary", "Permanent residence (永住許可)", "80 points (80点)");
        assertThat(text).doesNotContain("hold no residence in Japan");
        // The reader of the API gets the sheet from the API, not from the command line.
        assertThat(text.replaceAll("\\s+", " ")).contains("the same request with kind=sheet").doesNotContain("hsp report");
        assertThat(get(path, other.ownerToken()).statusCode()).isEqualTo(404);
        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/applicants/" + applicant.id() + "/report?lang=fr", mine.ownerToken()).statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<byte[]> post(String path, String json) {
        return send(HttpRequest.newBuilder(new Http(port).uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<byte[]> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new Http(port).uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(CaseFiles.repositoryRoot().resolve(Path.of(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
