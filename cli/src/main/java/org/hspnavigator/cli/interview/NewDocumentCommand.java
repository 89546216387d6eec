package org.hspnavigator.cli.interview;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.hspnavigator.cli.language.LanguageOption;
import org.hspnavigator.formats.profile.DocumentKind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand of {@code hsp new}: the file to write and {@code --force}, and the run of
 * {@link NewFile} for one kind of document; the subclasses give the kind and their words.
 */
abstract class NewDocumentCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private NewFileOptions options;

    @Mixin
    private LanguageOption language;

    private final Clock clock;
    private final InputStream stdin;
    private final DocumentKind kind;

    NewDocumentCommand(Clock clock, InputStream stdin, DocumentKind kind) {
        this.clock = clock;
        this.stdin = stdin;
        this.kind = kind;
    }

    @Override
    public Integer call() throws IOException {
        return new NewFile(spec.qualifiedName(), clock, stdin, spec.commandLine().getErr(), language.language())
                .write(kind, options);
    }
}
