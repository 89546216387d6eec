/**
 * {@code hsp batch}: scores a CSV file of profiles row by row, streaming in constant memory: chunks of
 * rows are scored in parallel and written in input order. Reading a row into a profile is the formats
 * module's job (the same checks as {@code hsp score}); no rule or validation lives here.
 */
package org.hspnavigator.cli.batch;
