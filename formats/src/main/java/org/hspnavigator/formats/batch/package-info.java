/**
 * The rows of {@code hsp batch} (docs/rules.md §18): a CSV file of profiles in, one output row per
 * input row out, with the points and verdict of each category or the row's problems, and the rows of
 * the errors file. Row by row, in constant memory, for any caller that reads the rows in order: the
 * command line, which scores chunks of rows on several threads, and a server that scores a CSV body
 * as it streams in. Reading the file, threads and progress do not live here.
 */
package org.hspnavigator.formats.batch;
