/**
 * The {@code hsp} command line: the entry point, the top-level command, its exit codes and error
 * handling, and the run the launcher records its class-data archive from. Each subcommand lives in
 * its own package ({@code cli.score}); business rules never live here.
 */
package org.hspnavigator.cli;
