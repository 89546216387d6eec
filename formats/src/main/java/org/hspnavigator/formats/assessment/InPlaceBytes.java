package org.hspnavigator.formats.assessment;

import java.io.ByteArrayOutputStream;

/**
 * Bytes in memory that {@link AssessmentJson} writes into in place: its text goes straight into this
 * array, where any other output stream gets it in runs of 4 KB, each made for the answer and copied on.
 * The server's answers are written into one of these kept by each worker thread, so that an assessment
 * allocates no run and copies its text once less.
 */
public class InPlaceBytes extends ByteArrayOutputStream {

    public InPlaceBytes(int size) {
        super(size);
    }

    /** The array, whose first {@link #size()} bytes are those written so far. */
    final byte[] array() {
        return buf;
    }

    /** The bytes written in place: {@code array} (this one's or a larger copy) now holds {@code count} of them. */
    final void written(byte[] array, int count) {
        buf = array;
        this.count = count;
    }
}
