/**
 * {@code hsp batch}: scores a CSV file of profiles row by row, streaming in constant memory: chunks of
 * rows are scored in parallel and written in input order. Reading the rows and turning them into output
 * rows is the formats module's job ({@code formats.batch}, the same checks as {@code hsp score}, shared
 * with the server); the threads, the files, the encodings and the progress bar live here, no rule or
 * validation.
 */
package org.hspnavigator.cli.batch;
