package org.hspnavigator.cli;

import java.io.InputStream;
import java.time.Clock;
import org.hspnavigator.cli.score.ScoreCommand;
import picocli.CommandLine;

/** Creates the commands with what they need from outside: the clock and standard input. */
final class CommandFactory implements CommandLine.IFactory {

    private final Clock clock;
    private final InputStream stdin;

    CommandFactory(Clock clock, InputStream stdin) {
        this.clock = clock;
        this.stdin = stdin;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ScoreCommand.class) {
            return type.cast(new ScoreCommand(clock, stdin));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
