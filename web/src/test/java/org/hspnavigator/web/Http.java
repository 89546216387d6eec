package org.hspnavigator.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client for the tests: requests to the server under test on its port, answers as text. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;

    public Http(int port) {
        this.port = port;
    }

    /** What the server answered. */
    public record Answer(int status, String contentType, String body, HttpResponse<byte[]> response) {
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
    }

    public Answer postJson(String path, String body) {
        return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    public Answer post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
