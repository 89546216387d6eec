package org.hspnavigator.web.system;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body has been received whole before it is handled, so that a client that sends its
 * body slowly keeps only its own worker waiting, not one of the few turns of {@link CalculationTurns}.
 * At most one byte past {@code maxBodyBytes} is read, as {@link JsonRequestBodies} reads it: a body
 * declared longer than the limit is not read at all (the handler refuses it from the declared length),
 * and a longer body of unknown length is cut there, so that the handler refuses it as before.
 */
final class ReceivedRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    private ReceivedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** {@code request} with its body received, or {@code request} itself when its body is not to be read. */
    static HttpServletRequest receive(HttpServletRequest request, long maxBodyBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            return request;
        }
        long toRead = declared >= 0 ? declared : maxBodyBytes + 1;
        InputStream in = request.getInputStream();
        return new ReceivedRequest(request, in.readNBytes((int) Math.min(toRead, Integer.MAX_VALUE - 8)));
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ReceivedBody(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }

    /** The received bytes as the servlet stream a handler reads. */
    private static final class ReceivedBody extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        ReceivedBody(ByteArrayInputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
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
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the body was received before the request was handled");
        }
    }
}
