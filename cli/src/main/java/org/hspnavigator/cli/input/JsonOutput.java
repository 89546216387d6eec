package org.hspnavigator.cli.input;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code --json} option of the commands that read profiles (score, advise), as a picocli mixin:
 * the result as the JSON the README describes instead of text. Each command words its help in the
 * {@code options} bundle of this package.
 */
@Command(resourceBundle = ProfileOptions.BUNDLE)
public final class JsonOutput {

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    public boolean json() {
        return json;
    }
}
