package org.lbkit.examples.rollout;

import java.io.PrintStream;
import java.util.Objects;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lbkit.share.Progress;

/**
 * A console that prints lines to a stream and shows copy progress as a progress bar (the
 * {@code me.tongfei:progressbar} library), or as nothing when bars are turned off.
 */
public final class PrintConsole implements RolloutConsole {

    private final PrintStream out;
    private final boolean bars;

    /**
     * Creates a console.
     *
     * @param out the stream to print to
     * @param bars whether to draw progress bars
     */
    public PrintConsole(PrintStream out, boolean bars) {
        this.out = Objects.requireNonNull(out, "out");
        this.bars = bars;
    }

    @Override
    public void line(String text) {
        out.println(text);
        out.flush();
    }

    @Override
    public ProgressDisplay progress(String task, long totalBytes) {
        if (!bars) {
            return new SilentDisplay();
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(String.format("  %-9s", task))
                .setInitialMax(Math.max(1, totalBytes))
                .setUnit(" MiB", 1024L * 1024L)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
        return new BarDisplay(bar);
    }

    /** A display that draws bytes copied against bytes expected. */
    private static final class BarDisplay implements ProgressDisplay {

        private final ProgressBar bar;

        BarDisplay(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void progress(Progress progress) {
            if (progress.bytesToCopy() > bar.getMax()) {
                bar.maxHint(progress.bytesToCopy());
            }
            bar.stepTo(progress.bytesCopied());
            bar.setExtraMessage(" " + progress.filesDone() + " files");
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** A display that shows nothing. */
    private static final class SilentDisplay implements ProgressDisplay {

        @Override
        public void progress(Progress progress) {
            // Progress is not shown when bars are turned off.
        }

        @Override
        public void close() {
            // Nothing to end.
        }
    }
}
