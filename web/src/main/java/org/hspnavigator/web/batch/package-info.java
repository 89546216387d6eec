/**
 * {@code POST /api/v1/batch}: a CSV file of profiles in, the rows of {@code hsp batch} out, byte for
 * byte, streamed in constant memory. Reading and scoring the rows is {@code formats.batch}'s, shared with
 * the command line; what lives here is HTTP: the query parameters, the status, and how a batch that
 * cannot go on after its response began is stopped so that no client takes it for a whole one.
 */
package org.hspnavigator.web.batch;
