package org.hspnavigator.cli;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.Arrays;
import org.hspnavigator.formats.text.LanguageEnvironment;
import org.hspnavigator.cli.language.LanguageOption;
import picocli.CommandLine;

/**
 * Creates the commands with what they need from outside: a command class with a
 * {@code (Clock, InputStream)} constructor gets the clock ("today") and standard input, and the
 * {@code --lang} mixin, or a command with a {@code (Clock, InputStream, LanguageEnvironment)}
 * constructor, gets the environment its default language comes from, so that tests can fix all three; any other class is created by picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Clock clock;
    private final InputStream stdin;
    private final LanguageEnvironment environment;

    CommandFactory(Clock clock, InputStream stdin, LanguageEnvironment environment) {
        this.clock = clock;
        this.stdin = stdin;
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == LanguageOption.class) {
            return type.cast(new LanguageOption(environment));
        }
        Constructor<K> withLanguage = constructor(type, Clock.class, InputStream.class, LanguageEnvironment.class);
        if (withLanguage != null) {
            return withLanguage.newInstance(clock, stdin, environment);
        }
        Constructor<K> withContext = constructor(type, Clock.class, InputStream.class);
        if (withContext != null) {
            return withContext.newInstance(clock, stdin);
        }
        return CommandLine.defaultFactory().create(type);
    }

    /**
     * The public constructor of {@code type} with these parameters, or null. Looked for among the
     * constructors rather than asked for by {@code getConstructor}, whose exception for a class without
     * it (every mixin and picocli's own classes) cost each start of a command.
     */
    @SuppressWarnings("unchecked")
    private static <K> Constructor<K> constructor(Class<K> type, Class<?>... parameters) {
        for (Constructor<?> candidate : type.getConstructors()) {
            if (Arrays.equals(candidate.getParameterTypes(), parameters)) {
                return (Constructor<K>) candidate;
            }
        }
        return null;
    }
}
