package org.hspnavigator.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hspnavigator.cli.language.CommandTexts;
import org.hspnavigator.formats.text.Language;

/**
 * What a person watching the batch sees while it runs: a progress bar with rows, rows per second and
 * the time left (from the bytes read out of the file's size) on an interactive terminal, and nothing at
 * all on a pipe, in a file or in CI, where it would only clutter the log.
 */
interface Progress extends AutoCloseable {

    void update(long bytesRead, long rows, double elapsedSeconds);

    @Override
    void close();

    /** No progress shown. */
    static Progress none() {
        return new Progress() {
            @Override
            public void update(long bytesRead, long rows, double elapsedSeconds) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A bar on the terminal when there is one, its counts in {@code language}; otherwise nothing. */
    static Progress forTerminal(long totalBytes, Language language) {
        return onInteractiveTerminal() ? new Bar(totalBytes, new CommandTexts(language)) : none();
    }

    /**
     * A console (stdin and stdout on a terminal), stderr on a terminal too where the system shows it
     * (/proc on Linux), and not CI.
     */
    private static boolean onInteractiveTerminal() {
        if (System.console() == null || System.getenv("CI") != null) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(stderr, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(stderr).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
        return true;
    }

    /** The bar: progress in megabytes of input, the rows in its message. */
    final class Bar implements Progress {

        private static final long MEGABYTE = 1L << 20;

        private final ProgressBar bar;
        private final CommandTexts texts;

        Bar(long totalBytes, CommandTexts texts) {
            this.texts = texts;
            this.bar = new ProgressBarBuilder()
                    .setTaskName("hsp batch")
                    .setInitialMax(totalBytes > 0 ? totalBytes : -1)
                    .setUnit(" MB", MEGABYTE)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }

        @Override
        public void update(long bytesRead, long rows, double elapsedSeconds) {
            bar.stepTo(bytesRead);
            long perSecond = elapsedSeconds > 0 ? Math.round(rows / elapsedSeconds) : 0;
            bar.setExtraMessage(counts(texts, rows, perSecond));
        }

        @Override
        public void close() {
            bar.close();
        }

        /** The bar's message: the rows read and the rows per second, thousands grouped by commas as all five languages group them. */
        static String counts(CommandTexts texts, long rows, long perSecond) {
            return texts.text("batch.progress", grouped(rows), grouped(perSecond));
        }

        /** A count with its thousands grouped by commas. */
        private static String grouped(long count) {
            return String.format(Locale.ROOT, "%,d", count);
        }
    }
}
