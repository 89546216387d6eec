package org.hspnavigator.cli.interview;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of {@code hsp new profile} and {@code hsp new case}: the file to write, and {@code --force}. */
public final class NewFileOptions {

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to write.")
    private Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists (by default an existing file is left alone).")
    private boolean force;

    Path file() {
        return file;
    }

    boolean force() {
        return force;
    }
}
