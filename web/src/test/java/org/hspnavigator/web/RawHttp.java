package org.hspnavigator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP/1.1 client that writes the request's bytes exactly as given, one connection a request: what a
 * hostile client sends (a path with {@code ../} or an undecodable escape, CR and LF inside a header,
 * bytes that are not UTF-8) and what {@link java.net.http.HttpClient} refuses to send.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /**
     * What the server answered: status -1 when the connection ended without an answer (a body refused
     * before the client finished sending it may end so).
     */
    public record Answer(int status, List<String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }

        public List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + headers + " " + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
        }
    }

    /** Sends {@code request} byte for byte (request line, headers and all) and reads the answer to its end. */
    public Answer exchange(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /**
     * Sends {@code method target HTTP/1.1}, the header lines as given (each may hold anything but the
     * final CRLF, which is added), {@code Host}, {@code Content-Length} when there is a body, and
     * {@code Connection: close}; reads the answer to its end.
     */
    public Answer send(String method, byte[] target, List<byte[]> headerLines, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
            head.write(target);
            head.write(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
            for (byte[] line : headerLines) {
                head.write(line);
                head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            if (body != null) {
                head.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                if (body != null) {
                    for (int at = 0; at < body.length; at += 65_536) {
                        out.write(body, at, Math.min(65_536, body.length - at));
                    }
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // The server may answer and close before the whole body is sent: the answer is read below.
            }
            byte[] all;
            try {
                all = readAll(socket.getInputStream());
            } catch (IOException reset) {
                return new Answer(-1, List.of(), new byte[0]);
            }
            return parse(all);
        }
    }

    /** {@link #send} with text headers and a text target, as ISO-8859-1 bytes (each char one byte). */
    public Answer send(String method, String target, List<String> headerLines, byte[] body) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        headerLines.forEach(line -> lines.add(line.getBytes(StandardCharsets.ISO_8859_1)));
        return send(method, target.getBytes(StandardCharsets.ISO_8859_1), lines, body);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[65_536];
        for (int n; (n = in.read(buffer)) >= 0;) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] all) {
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            return new Answer(-1, List.of(), all);
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
        List<String> headers = List.of(lines).subList(1, lines.length);
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        boolean chunked = headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")
                && h.toLowerCase(Locale.ROOT).contains("chunked"));
        return new Answer(status, headers, chunked ? dechunk(body) : body);
    }

    /** The body of a chunked answer; what cannot be read as chunks is kept as it came. */
    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (lineEnd < 0) {
                return body;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                return body;
            }
            if (length == 0) {
                break;
            }
            if (lineEnd + 2 + length > body.length) {
                return body;
            }
            out.write(body, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
