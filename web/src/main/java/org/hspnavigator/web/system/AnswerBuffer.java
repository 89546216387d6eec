package org.hspnavigator.web.system;

import org.hspnavigator.formats.assessment.InPlaceBytes;

/**
 * The buffer a worker thread writes its answers' bytes into, kept from one request to the next: a
 * server thread answers one request at a time, and its answer is copied out of the buffer at its own
 * length before the next. A writer that asks again while the thread's buffer is in use (an answer
 * made while another is written) gets a buffer of its own; a buffer that a large answer grew beyond
 * {@link #KEPT_BYTES} is not kept, so that each thread holds at most that much between requests. The
 * assessment writer writes into its array in place ({@link InPlaceBytes}), without runs of its own.
 */
final class AnswerBuffer extends InPlaceBytes {

    static final int INITIAL_BYTES = 16_384;
    static final int KEPT_BYTES = 65_536;
    private static final ThreadLocal<AnswerBuffer> OF_THREAD = ThreadLocal.withInitial(AnswerBuffer::new);

    private boolean inUse;

    private AnswerBuffer() {
        super(INITIAL_BYTES);
    }

    /** The thread's buffer, empty, or a new one when the thread's is in use. */
    static AnswerBuffer take() {
        AnswerBuffer buffer = OF_THREAD.get();
        if (buffer.inUse) {
            buffer = new AnswerBuffer();
        }
        buffer.inUse = true;
        return buffer;
    }

    /** Done with the bytes: emptied for the thread's next answer, and shrunk when a large answer grew it. */
    void giveBack() {
        reset();
        if (buf.length > KEPT_BYTES) {
            buf = new byte[INITIAL_BYTES];
        }
        inUse = false;
    }
}
