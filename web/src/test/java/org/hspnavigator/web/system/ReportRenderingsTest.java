package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * At most the configured number of PDF reports are written at once; a request beyond them waits for a
 * turn up to the wait and is then refused with a 503 problem and Retry-After.
 */
class ReportRenderingsTest {

    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void noMoreThanTheConcurrencyAreWrittenAtOnce() throws Exception {
        ReportRenderings renderings = new ReportRenderings(2, Duration.ofSeconds(30));
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            var answers = new java.util.ArrayList<Future<byte[]>>();
            for (int i = 0; i < 16; i++) {
                answers.add(clients.submit(() -> renderings.render(() -> {
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    now.decrementAndGet();
                    return PDF;
                })));
            }
            for (Future<byte[]> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(PDF);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void aRequestBeyondTheBoundWaitsThenIsRefusedWithA503AndRetryAfter() throws Exception {
        ReportRenderings renderings = new ReportRenderings(1, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<byte[]> holding = first.submit(() -> renderings.render(() -> {
                started.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return PDF;
            }));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            long before = System.nanoTime();
            ReportsBusyException busy = org.junit.jupiter.api.Assertions.assertThrows(ReportsBusyException.class,
                    () -> renderings.render(() -> PDF));
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as("it waited for a turn first")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(150));

            ResponseEntity<byte[]> answer = new ApiExceptionHandler().reportsBusy(busy,
                    new MockHttpServletRequest("POST", "/api/v1/reports"));
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).contains("\"status\" : 503",
                    "as many PDF reports as it writes at once (1)", "try again in a few seconds");

            finish.countDown();
            assertThat(holding.get(30, TimeUnit.SECONDS)).isEqualTo(PDF);
            assertThat(renderings.render(() -> PDF)).as("the turn is free again").isEqualTo(PDF);
        } finally {
            finish.countDown();
            first.shutdownNow();
        }
    }

    @Test
    void aFailedReportGivesItsTurnBack() {
        ReportRenderings renderings = new ReportRenderings(1, Duration.ZERO);
        assertThatThrownBy(() -> renderings.render(() -> {
            throw new IllegalStateException("the writer failed");
        })).hasMessage("the writer failed");
        assertThat(renderings.render(() -> PDF)).isEqualTo(PDF);
    }

    @Test
    void zeroMeansTheNumberOfCoresAndANegativeSettingIsRefused() {
        assertThat(new ReportRenderings(0, Duration.ofSeconds(5)).concurrency())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new ReportRenderings(3, Duration.ofSeconds(5)).concurrency()).isEqualTo(3);
        assertThatThrownBy(() -> new ReportRenderings(-1, Duration.ofSeconds(5)))
                .hasMessageContaining("HSP_REPORT_CONCURRENCY");
        assertThatThrownBy(() -> new ReportRenderings(1, Duration.ofSeconds(-1))).hasMessageContaining("HSP_REPORT_WAIT");
    }
}
