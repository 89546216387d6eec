/**
 * {@code hsp batch}: scores a CSV file of profiles row by row, streaming in constant memory: chunks of
 * rows are scored in parallel and written in input order. Turning a row into its output row is the
 * formats module's job ({@code formats.batch}, the same checks as {@code hsp score}); the threads, the
 * files, the encodings and the progress bar live here, no rule or validation.
 */
package org.hspnavigator.cli.batch;
