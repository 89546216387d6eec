package org.hspnavigator.formats.batch;

/**
 * The output of one chunk of rows, ready to be written in order.
 *
 * @param output  the output rows as CSV text in UTF-8
 * @param errors  the rows of the errors file as CSV text (empty when the chunk had no invalid row)
 * @param rows    the number of rows
 * @param invalid how many of them were invalid
 */
public record ScoredChunk(byte[] output, String errors, int rows, int invalid) {
}
