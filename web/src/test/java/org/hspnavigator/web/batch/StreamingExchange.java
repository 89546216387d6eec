package org.hspnavigator.web.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange on a plain socket, both ways at once: the request body sent in chunks from
 * another thread while the response is read as it comes, without holding either. An HTTP client that
 * sends the whole body before reading the answer would wait forever on a streamed batch larger than the
 * sockets' buffers: the server stops reading while nobody reads what it writes. Reports what a client
 * can know: the status, the lines of the body, the last one, and whether the body reached its end (the
 * last chunk) or the connection was closed before.
 */
final class StreamingExchange {

    /** Writes the request body; called on the sending thread. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What came back. */
    record Answer(int status, String contentType, long lines, String lastLine, boolean complete, long bytes,
            String head) {
    }

    private StreamingExchange() {
    }

    static Answer post(int port, String pathAndQuery, Body body) throws IOException, InterruptedException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            OutputStream raw = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            raw.write(("POST " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Accept: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> {
                try (OutputStream chunked = new ChunkedOutput(raw)) {
                    body.writeTo(chunked);
                } catch (IOException closed) {
                    // A server that stops reading (a stopped batch) closes the connection under the sender;
                    // what it answered is read on the other side.
                }
            }, "request-body");
            sender.start();
            Answer answer = read(new BufferedInputStream(socket.getInputStream(), 1 << 16));
            sender.join(60_000);
            return answer;
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        long length = -1;
        StringBuilder head = new StringBuilder(statusLine).append('\n');
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            head.append(header).append('\n');
            String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).strip();
            if (name.equals("content-type")) {
                contentType = value;
            } else if (name.equals("transfer-encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equals("content-length")) {
                length = Long.parseLong(value);
            }
        }
        Lines lines = new Lines();
        boolean complete;
        try {
            complete = chunked ? readChunks(in, lines) : readLength(in, length, lines);
        } catch (IOException closed) {
            complete = false;
        }
        return new Answer(status, contentType, lines.count, lines.last(), complete, lines.bytes, head.toString());
    }

    /** Whether the last chunk came. */
    private static boolean readChunks(InputStream in, Lines lines) throws IOException {
        while (true) {
            String size = line(in);
            if (size == null) {
                return false;
            }
            long length = Long.parseLong(size.split(";")[0].strip(), 16);
            if (length == 0) {
                return line(in) != null;
            }
            if (!readLength(in, length, lines) || line(in) == null) {
                return false;
            }
        }
    }

    /** Whether all {@code length} bytes came. */
    private static boolean readLength(InputStream in, long length, Lines lines) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long remaining = length;
        while (remaining > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                return false;
            }
            lines.add(buffer, read);
            remaining -= read;
        }
        return true;
    }

    /** A line ended by CRLF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String line = text.toString(StandardCharsets.UTF_8);
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            }
            text.write(b);
        }
        return null;
    }

    /** Counts the body's lines, keeping only the one being read and the last whole one. */
    private static final class Lines {
        private long count;
        private long bytes;
        private byte[] current = new byte[256];
        private int currentLength;
        private String lastWhole = "";

        void add(byte[] buffer, int length) {
            bytes += length;
            for (int i = 0; i < length; i++) {
                if (buffer[i] == '\n') {
                    count++;
                    lastWhole = new String(current, 0, currentLength, StandardCharsets.UTF_8);
                    currentLength = 0;
                } else {
                    if (currentLength == current.length) {
                        current = java.util.Arrays.copyOf(current, 2 * current.length);
                    }
                    current[currentLength++] = buffer[i];
                }
            }
        }

        String last() {
            return currentLength > 0 ? new String(current, 0, currentLength, StandardCharsets.UTF_8) : lastWhole;
        }
    }

    /** HTTP/1.1 chunked transfer coding of what is written; the last chunk on close. */
    private static final class ChunkedOutput extends OutputStream {
        private final OutputStream out;

        ChunkedOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, offset, length);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public void close() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
