package org.hspnavigator.formats.batch;

import java.nio.charset.StandardCharsets;
import org.hspnavigator.engine.scoring.PointsEngine;
import org.hspnavigator.formats.profile.ProfileReader;

/**
 * Scores a chunk of CSV rows into the text of their output rows (and of the errors file). Runs on
 * the worker threads; holds nothing that changes, so one instance serves them all.
 */
public final class ChunkScorer {

    /**
     * Room for 96 characters a row: a scored row of all three categories takes about 65 with a short id,
     * and with exactly 64 most chunks outgrew the text and copied it into one twice as large.
     */
    private static final int CHARS_PER_ROW = 96;

    private final BatchLayout layout;
    private final ProfileReader reader;
    private final PointsEngine engine;

    public ChunkScorer(BatchLayout layout, ProfileReader reader, PointsEngine engine) {
        this.layout = layout;
        this.reader = reader;
        this.engine = engine;
    }

    /**
     * The chunk's rows scored; the output encoded here, on the worker thread, so that the thread that
     * writes the file only hands the bytes over.
     */
    public ScoredChunk score(RowChunk rows) {
        StringBuilder output = new StringBuilder(rows.rows() * CHARS_PER_ROW);
        StringBuilder errors = new StringBuilder();
        BatchRows scored = layout.rows(reader, engine, output, errors);
        int invalid = 0;
        for (int i = 0; i < rows.rows(); i++) {
            if (!scored.score(rows.cells(i), rows.line(i))) {
                invalid++;
            }
        }
        return new ScoredChunk(output.toString().getBytes(StandardCharsets.UTF_8), errors.toString(), rows.rows(),
                invalid);
    }
}
