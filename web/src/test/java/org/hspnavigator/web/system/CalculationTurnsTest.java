package org.hspnavigator.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API's calculations in turns: no more at once than the concurrency, in order of arrival, a
 * request that waited too long refused with a 503 problem and Retry-After, and every turn given back
 * however the request ended. The waits are for the threads to reach a state, never a measured time.
 */
class CalculationTurnsTest {

    private static final long PATIENCE_SECONDS = 30;

    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    private static final RequestLimits LIMITS = new RequestLimits(1_048_576, 1000, 32, 1_000_000);

    private static CalculationTurns turns(int concurrency, Duration wait) {
        return new CalculationTurns(concurrency, wait, LIMITS);
    }

    private static MockHttpServletRequest assessment() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/assessments");
        request.setServletPath("/api/v1/assessments");
        return request;
    }

    /** A chain that says it has started and then holds its turn until {@code done} opens. */
    private static FilterChain holding(CountDownLatch started, CountDownLatch done) {
        return (request, response) -> {
            started.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private Future<MockHttpServletResponse> send(CalculationTurns turns, FilterChain chain) {
        return clients.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            turns.doFilter(assessment(), response, chain);
            return response;
        });
    }

    private static void awaitWaiting(CalculationTurns turns, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (turns.waiting() < waiting) {
            assertThat(System.nanoTime()).as("%d requests waiting", waiting).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    @Test
    void noMoreThanTheConcurrencyRunAtOnce() throws Exception {
        CalculationTurns turns = turns(3, Duration.ofSeconds(PATIENCE_SECONDS));
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch threeIn = new CountDownLatch(3);
        CountDownLatch done = new CountDownLatch(1);
        FilterChain chain = (request, response) -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            threeIn.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
        };
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(send(turns, chain));
        }
        assertThat(threeIn.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        awaitWaiting(turns, 7);
        assertThat(now.get()).isEqualTo(3);
        done.countDown();
        for (Future<MockHttpServletResponse> answer : answers) {
            assertThat(answer.get(PATIENCE_SECONDS, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void waitingRequestsAreServedInOrderOfArrival() throws Exception {
        CalculationTurns turns = turns(1, Duration.ofSeconds(PATIENCE_SECONDS));
        CountDownLatch holderIn = new CountDownLatch(1);
        CountDownLatch holderDone = new CountDownLatch(1);
        Future<MockHttpServletResponse> holder = send(turns, holding(holderIn, holderDone));
        assertThat(holderIn.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        List<Integer> served = new CopyOnWriteArrayList<>();
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int arrival = i;
            answers.add(send(turns, (request, response) -> served.add(arrival)));
            awaitWaiting(turns, i + 1);
        }
        holderDone.countDown();
        holder.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        for (Future<MockHttpServletResponse> answer : answers) {
            answer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
        assertThat(served).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aNewcomerDoesNotTakeTheTurnOfARequestAlreadyWaiting() throws Exception {
        CalculationTurns turns = turns(1, Duration.ofSeconds(PATIENCE_SECONDS));
        CountDownLatch holderIn = new CountDownLatch(1);
        CountDownLatch holderDone = new CountDownLatch(1);
        List<String> served = new CopyOnWriteArrayList<>();
        // The holder hands its turn back and the newcomer asks at once, on the same thread, before the
        // waiting request has run again: a turn taken by whoever asks first would go to the newcomer.
        FilterChain newcomer = (request, response) -> served.add("newcomer");
        Future<MockHttpServletResponse> holder = clients.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            turns.doFilter(assessment(), response, holding(holderIn, holderDone));
            turns.doFilter(assessment(), new MockHttpServletResponse(), newcomer);
            return response;
        });
        assertThat(holderIn.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        Future<MockHttpServletResponse> waiting = send(turns, (request, response) -> served.add("waiting"));
        awaitWaiting(turns, 1);
        holderDone.countDown();
        holder.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        waiting.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(served).containsExactly("waiting", "newcomer");
    }

    @Test
    void aRequestThatWaitedTooLongIsRefusedWithA503ProblemAndRetryAfter() throws Exception {
        CalculationTurns turns = turns(1, Duration.ofMillis(50));
        CountDownLatch holderIn = new CountDownLatch(1);
        CountDownLatch holderDone = new CountDownLatch(1);
        Future<MockHttpServletResponse> holder = send(turns, holding(holderIn, holderDone));
        assertThat(holderIn.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        try {
            MockHttpServletRequest request = assessment();
            request.addHeader("Accept-Language", "ja");
            MockHttpServletResponse response = new MockHttpServletResponse();
            AtomicInteger ran = new AtomicInteger();
            turns.doFilter(request, response, (req, res) -> ran.incrementAndGet());

            assertThat(ran.get()).as("the handler did not run").isZero();
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("1");
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(problem.get("status").intValue()).isEqualTo(503);
            assertThat(problem.get("instance").stringValue()).isEqualTo("/api/v1/assessments");
            assertThat(problem.get("detail").stringValue()).contains("同時に計算できる数（1）", "50 ミリ秒");
            assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        } finally {
            holderDone.countDown();
            holder.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
        MockHttpServletResponse after = new MockHttpServletResponse();
        turns.doFilter(assessment(), after, (req, res) -> { });
        assertThat(after.getStatus()).as("the turn came free again").isEqualTo(200);
    }

    @Test
    void aTurnIsGivenBackWhenTheHandlerThrows() throws Exception {
        CalculationTurns turns = turns(1, Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> turns.doFilter(assessment(), new MockHttpServletResponse(), (req, res) -> {
                throw new IllegalStateException("the handler failed");
            })).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> turns.doFilter(assessment(), new MockHttpServletResponse(), (req, res) -> {
                throw new java.io.IOException("the client went away");
            })).isInstanceOf(java.io.IOException.class);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicInteger ran = new AtomicInteger();
        turns.doFilter(assessment(), response, (req, res) -> ran.incrementAndGet());
        assertThat(ran.get()).isEqualTo(1);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aTurnIsGivenBackWhenTheRequestGoesAsynchronous() throws Exception {
        CalculationTurns turns = turns(1, Duration.ZERO);
        MockHttpServletRequest request = assessment();
        request.setAsyncSupported(true);
        turns.doFilter(request, new MockHttpServletResponse(), (req, res) -> req.startAsync());
        assertThat(request.isAsyncStarted()).isTrue();

        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicInteger ran = new AtomicInteger();
        turns.doFilter(assessment(), response, (req, res) -> ran.incrementAndGet());
        assertThat(ran.get()).as("the next request had a turn while the first was still open").isEqualTo(1);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void otherRequestsDoNotTakeTurns() throws Exception {
        CalculationTurns turns = turns(1, Duration.ZERO);
        CountDownLatch holderIn = new CountDownLatch(1);
        CountDownLatch holderDone = new CountDownLatch(1);
        Future<MockHttpServletResponse> holder = send(turns, holding(holderIn, holderDone));
        assertThat(holderIn.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        try {
            for (String path : List.of("/api/v1/batch", "/api/v1/applicants", "/en/workspace", "/api/v1/faq")) {
                MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
                request.setServletPath(path);
                AtomicInteger ran = new AtomicInteger();
                turns.doFilter(request, new MockHttpServletResponse(), (req, res) -> ran.incrementAndGet());
                assertThat(ran.get()).as(path).isEqualTo(1);
            }
        } finally {
            holderDone.countDown();
            holder.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void theBodyIsReceivedBeforeATurnIsTaken() throws Exception {
        CalculationTurns turns = turns(1, Duration.ofSeconds(PATIENCE_SECONDS));
        CountDownLatch holderIn = new CountDownLatch(1);
        CountDownLatch holderDone = new CountDownLatch(1);
        Future<MockHttpServletResponse> holder = send(turns, holding(holderIn, holderDone));
        assertThat(holderIn.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        byte[] body = "{\"birthDate\":\"1990-01-01\"}".getBytes(StandardCharsets.UTF_8);
        AtomicInteger received = new AtomicInteger();
        HttpServletRequestWrapper counted = new HttpServletRequestWrapper(assessmentWith(body)) {
            private final ServletInputStream stream = counting(body, received);

            @Override
            public ServletInputStream getInputStream() {
                return stream;
            }
        };
        List<byte[]> handled = new CopyOnWriteArrayList<>();
        Future<MockHttpServletResponse> waiting = clients.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            turns.doFilter(counted, response, (req, res) -> handled.add(req.getInputStream().readAllBytes()));
            return response;
        });
        try {
            awaitWaiting(turns, 1);
            assertThat(received.get()).as("bytes received while waiting for a turn").isEqualTo(body.length);
        } finally {
            holderDone.countDown();
            holder.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
        assertThat(waiting.get(PATIENCE_SECONDS, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(handled).singleElement().isEqualTo(body);
    }

    @Test
    void aBodyOfUnknownLengthIsReceivedToOneBytePastTheLimitAndOneDeclaredLongerIsNotRead() throws Exception {
        CalculationTurns turns = new CalculationTurns(1, Duration.ZERO, new RequestLimits(10, 1000, 32, 1_000_000));
        byte[] longer = new byte[25];
        MockHttpServletRequest unknown = assessmentWith(longer);
        unknown.removeHeader("Content-Length");
        List<Integer> lengths = new CopyOnWriteArrayList<>();
        FilterChain reader = (req, res) -> lengths.add(req.getInputStream().readAllBytes().length);
        turns.doFilter(new HttpServletRequestWrapper(unknown) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        }, new MockHttpServletResponse(), reader);
        AtomicInteger read = new AtomicInteger();
        turns.doFilter(new HttpServletRequestWrapper(assessmentWith(longer)) {
            private final ServletInputStream stream = counting(longer, read);

            @Override
            public ServletInputStream getInputStream() {
                return stream;
            }
        }, new MockHttpServletResponse(), (req, res) -> { });
        assertThat(lengths).containsExactly(11);
        assertThat(read.get()).as("bytes read of a body declared over the limit").isZero();
    }

    @Test
    void theAnswerIsSentAfterTheTurnIsGivenBack() throws Exception {
        CalculationTurns turns = turns(1, Duration.ZERO);
        byte[] answer = "{\"points\":80}".getBytes(StandardCharsets.UTF_8);
        List<Integer> statusOfAnotherRequestWhileSending = new CopyOnWriteArrayList<>();
        // The check runs on each write to the network, on the request's own thread: a request with no wait
        // is served then only if the turn has been given back.
        Runnable anotherRequest = () -> {
            MockHttpServletResponse other = new MockHttpServletResponse();
            try {
                turns.doFilter(assessment(), other, (req, res) -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            statusOfAnotherRequestWhileSending.add(other.getStatus());
        };
        MockHttpServletResponse network = new MockHttpServletResponse() {
            @Override
            public jakarta.servlet.ServletOutputStream getOutputStream() {
                jakarta.servlet.ServletOutputStream sent = super.getOutputStream();
                return new jakarta.servlet.ServletOutputStream() {
                    @Override
                    public void write(int b) throws java.io.IOException {
                        anotherRequest.run();
                        sent.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                        anotherRequest.run();
                        sent.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(jakarta.servlet.WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
        };
        turns.doFilter(assessment(), network, (req, res) -> {
            res.setContentType("application/json");
            res.getOutputStream().write(answer);
        });
        assertThat(statusOfAnotherRequestWhileSending).as("a request served while the answer is sent").contains(200)
                .doesNotContain(503);
        assertThat(network.getContentAsByteArray()).isEqualTo(answer);
        assertThat(network.getContentLength()).isEqualTo(answer.length);
        assertThat(network.getContentType()).isEqualTo("application/json");
    }

    private static MockHttpServletRequest assessmentWith(byte[] body) {
        MockHttpServletRequest request = assessment();
        request.setContent(body);
        request.setContentType("application/json");
        return request;
    }

    /** A servlet stream over {@code body} that counts the bytes read from it in {@code read}. */
    private static ServletInputStream counting(byte[] body, AtomicInteger read) {
        java.io.ByteArrayInputStream bytes = new java.io.ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                int b = bytes.read();
                if (b >= 0) {
                    read.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = bytes.read(buffer, offset, length);
                if (n > 0) {
                    read.addAndGet(n);
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(jakarta.servlet.ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void noBoundByDefaultAndANegativeBoundIsNamedAsTheOperatorSetsIt() throws Exception {
        CalculationTurns unbounded = turns(0, Duration.ZERO);
        assertThat(unbounded.concurrency()).isZero();
        CountDownLatch allIn = new CountDownLatch(10);
        CountDownLatch done = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(send(unbounded, holding(allIn, done)));
        }
        assertThat(allIn.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("ten calculations at once").isTrue();
        done.countDown();
        for (Future<MockHttpServletResponse> answer : answers) {
            assertThat(answer.get(PATIENCE_SECONDS, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> turns(-1, Duration.ZERO))
                .withMessage("hsp.api.concurrency (HSP_API_CONCURRENCY) must be 0 (no bound) or more, not -1");
    }
}
