/**
 * The {@code hsp} command line: the top-level command, its exit codes and error handling. Each
 * subcommand lives in its own package ({@code cli.score}); business rules never live here.
 */
package org.hspnavigator.cli;
