package org.hspnavigator.web.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser of the workspace's pages over real HTTP, without following redirects: it keeps its cookies
 * and sends a form with the CSRF token of the last page that held one, as a page's own form does.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private String csrf;

    private PageClient(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A browser that has not logged in. */
    public static PageClient anonymous(int port) {
        return new PageClient(port);
    }

    /** A browser logged in through the login page of {@code lang}. */
    public static PageClient loggedIn(int port, String lang, String email, String password) {
        PageClient browser = new PageClient(port);
        browser.get("/" + lang + "/workspace/login");
        Page answer = browser.post("/" + lang + "/workspace/login", Map.of("email", email, "password", password));
        if (answer.status() != 302 || !answer.location().orElse("").endsWith("/workspace/applicants")) {
            throw new IllegalStateException("login failed: " + answer.status() + " " + answer.location());
        }
        return browser;
    }

    /** What the server answered. */
    public record Page(int status, String body, Optional<String> location, String contentType, HttpHeaders headers) {
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts a form with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        return postWithout(path, fields);
    }

    /** Posts a form exactly as given: without a CSRF token unless it holds one. */
    public Page postWithout(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Sends a request made by the caller (a multipart upload), with the cookies. */
    public Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of the last page that held one. */
    public String csrf() {
        return csrf;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
