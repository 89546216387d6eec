/**
 * The rows of {@code hsp batch} (docs/rules.md §18): a CSV file of profiles in, one output row per
 * input row out, with the points and verdict of each category or the row's problems, and the rows of
 * the errors file. Row by row, in constant memory, for any caller that reads the rows in order: the
 * command line, which scores chunks of rows on several threads, and the server, which scores a CSV body
 * as it streams in. Both read the text in chunks of rows ({@link org.hspnavigator.formats.batch.CsvInput})
 * and score each chunk alike ({@link org.hspnavigator.formats.batch.ChunkScorer}), so that their output
 * is the same bytes. Files, threads, HTTP and progress do not live here.
 */
package org.hspnavigator.formats.batch;
