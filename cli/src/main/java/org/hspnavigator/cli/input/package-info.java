/**
 * Reading a command's profile input: the FILE argument (a path or {@code -} for standard input) and
 * the {@code --date} option, with every problem reported on stderr in the commands' shared format, and
 * the arguments the case commands share ({@link org.hspnavigator.cli.input.CaseArguments}).
 * Commands and output formatting do not live here.
 */
package org.hspnavigator.cli.input;
