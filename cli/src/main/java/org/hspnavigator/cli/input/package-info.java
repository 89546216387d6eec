/**
 * Reading a command's input: the FILE argument (a path or {@code -} for standard input) and the
 * {@code --date} option, with every problem reported on stderr in the commands' shared format, and the
 * file problems in plain words ({@link org.hspnavigator.cli.input.FileProblems}); a profile document
 * read whole ({@link org.hspnavigator.cli.input.ProfileInput}), or the profiles of several files a
 * profile at a time, each with its label ({@link org.hspnavigator.cli.input.StreamedProfileInput}); the
 * options the profile commands share ({@link org.hspnavigator.cli.input.DateOverride},
 * {@link org.hspnavigator.cli.input.CategoryChoice}, {@link org.hspnavigator.cli.input.JsonOutput}) and
 * the arguments the case commands share ({@link org.hspnavigator.cli.input.CaseArguments}), as picocli
 * mixins. Commands and output formatting do not live here.
 */
package org.hspnavigator.cli.input;
