package org.hspnavigator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hspnavigator.formats.cases.CaseFiles;
import org.hspnavigator.formats.text.RepositoryFileNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public API's answers (assessments, family, myths, rule sets) cite official sources in every language
 * and never a file of the repository ({@code docs/rules.md §2}): a client shows them to readers who cannot
 * open our files.
 */
@ApiTest
class ApiCitationsTest {

    private static final String PROFILE = read("examples/ms-li.json");
    private static final String CASE = read("examples/case-zhang.json");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja", "zh", "zh-Hant", "ko"})
    void answersNameNoRepositoryFile(String tag) {
        Http http = new Http(port);
        for (Http.Answer answer : new Http.Answer[] {
            http.send(post(http, "/api/v1/assessments", PROFILE, tag)),
            http.send(post(http, "/api/v1/family?date=2027-10-01", CASE, tag)),
            http.send(HttpRequest.newBuilder(http.uri("/api/v1/faq")).header("Accept-Language", tag)),
            http.send(HttpRequest.newBuilder(http.uri("/api/v1/rule-sets")).header("Accept-Language", tag))}) {
            String request = answer.response().request().uri().getPath();
            assertThat(answer.status()).as(request + " " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).as(request).contains("\"sources\"")
                    .doesNotContain("rules.md", "system.md", "points.md", "docs/");
            assertThat(RepositoryFileNames.named(answer.body())).as(request).isEmpty();
        }
    }

    private static HttpRequest.Builder post(Http http, String path, String body, String tag) {
        return HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .header("Accept-Language", tag).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String read(String file) {
        try {
            return Files.readString(CaseFiles.repositoryRoot().resolve(Path.of(file)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
