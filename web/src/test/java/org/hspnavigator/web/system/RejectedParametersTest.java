package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.hspnavigator.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form whose field name holds a line break, which Spring Security's firewall refuses only when the
 * parameters are read (found by bench/hostile.sh, seeds 20262244, 20265835 and 20266006): a 400 problem
 * that does not quote the name, never a 500.
 */
@ApiTest
class RejectedParametersTest {

    @LocalServerPort
    int port;

    @Test
    void aFieldNameWithALineBreakIsTheClientsMistake() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String body : List.of("birthD\rate=1990-01-01&annualSalaryYen=8000000&degree=MASTER",
                "birthDate=1990-01-01&ann\rualSalaryYen=8000000&degree=MASTER")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/en/self-assessment/results"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(answer.body()).contains("not allowed").doesNotContain("rate=").doesNotContain("ualSalary");
        }
    }
}
