/**
 * Reading a command's profile input: the FILE argument (a path or {@code -} for standard input) and
 * the {@code --date} option, with every problem reported on stderr in the commands' shared format.
 * Commands and output formatting do not live here.
 */
package org.hspnavigator.cli.input;
