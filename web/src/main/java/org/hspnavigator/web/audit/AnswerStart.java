package org.hspnavigator.web.audit;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response that runs an action once, before anything of the answer can reach the client: before its
 * body is asked for, its buffer flushed, an error or a redirect sent. Whatever the action throws is
 * thrown there, while the answer can still become an error.
 */
final class AnswerStart extends HttpServletResponseWrapper {

    private final Runnable action;
    private boolean done;

    AnswerStart(HttpServletResponse response, Runnable action) {
        super(response);
        this.action = action;
    }

    /** Runs the action unless it has run. */
    synchronized void run() {
        if (!done) {
            done = true;
            action.run();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        run();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        run();
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        run();
        super.flushBuffer();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        run();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        run();
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        run();
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int status) throws IOException {
        run();
        super.sendRedirect(location, status);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        run();
        super.sendRedirect(location, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
        run();
        super.sendRedirect(location, status, clearBuffer);
    }
}
