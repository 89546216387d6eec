package org.hspnavigator.web.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.hspnavigator.formats.json.StrictJson;
import org.hspnavigator.formats.validation.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * A client of the workspace over real HTTP, as a browser (cookies, the CSRF token of GET /api/v1/csrf
 * sent back in X-CSRF-TOKEN) or as a program (Authorization: Bearer).
 */
public final class WorkspaceClient {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String token;
    private boolean sendCsrf = true;
    private String csrf;
    private String forwardedFor;
    private String forwardedProto;
    private String acceptLanguage;

    private WorkspaceClient(int port, String token) {
        this.port = port;
        this.token = token;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A browser without a login yet. */
    public static WorkspaceClient browser(int port) {
        return new WorkspaceClient(port, null);
    }

    /** A browser logged in. */
    public static WorkspaceClient loggedIn(int port, String email, String password) {
        WorkspaceClient browser = browser(port);
        Answer login = browser.login(email, password);
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login);
        }
        return browser;
    }

    /** A program with an API token. */
    public static WorkspaceClient program(int port, String token) {
        return new WorkspaceClient(port, token);
    }

    /** What the server answered. */
    public record Answer(int status, String body, HttpResponse<String> response) {

        public JsonNode json() {
            try {
                return StrictJson.parse(body);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Sends the requests as a proxy in front of the server would, for a client at {@code address}. */
    public WorkspaceClient from(String address) {
        forwardedFor = address;
        return this;
    }

    /** Sends the requests as a proxy that received them by HTTPS would. */
    public WorkspaceClient overHttps() {
        forwardedProto = "https";
        return this;
    }

    /** Sends the requests with an Accept-Language header, as a browser set to that language does. */
    public WorkspaceClient acceptLanguage(String languages) {
        acceptLanguage = languages;
        return this;
    }

    /** Stops (or starts again) sending the CSRF token: what a forged cross-site request looks like. */
    public WorkspaceClient withoutCsrf() {
        sendCsrf = false;
        return this;
    }

    public Answer login(String email, String password) {
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Answer answer = send("POST", "/api/v1/login", "application/x-www-form-urlencoded", form);
        csrf = null;
        return answer;
    }

    public Answer logout() {
        Answer answer = send("POST", "/api/v1/logout", null, null);
        csrf = null;
        return answer;
    }

    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    public Answer postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public Answer putJson(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public Answer patchJson(String path, String json) {
        return send("PATCH", path, "application/json", json);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Forgets every cookie but {@code sessionId} as the session cookie: another browser holding that id. */
    public static WorkspaceClient holding(int port, String sessionId) {
        WorkspaceClient browser = browser(port);
        HttpCookie cookie = new HttpCookie("SESSION", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        browser.cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
        return browser;
    }

    /** The session cookie's value, if the server has set one. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().get(URI.create("http://localhost:" + port + "/")).stream()
                .filter(c -> c.getName().equals("SESSION")).map(HttpCookie::getValue).findFirst();
    }

    public Answer send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        } else if (sendCsrf && !method.equals("GET")) {
            request.header("X-CSRF-TOKEN", csrf());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrf() {
        if (csrf == null) {
            boolean was = sendCsrf;
            Answer answer = send("GET", "/api/v1/csrf", null, null);
            sendCsrf = was;
            csrf = answer.json().get("token").stringValue();
        }
        return csrf;
    }
}
