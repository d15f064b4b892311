package org.lbkit.examples.rollout;

import org.lbkit.share.ProgressListener;

/** Where the rollout shows what it does: lines of text and progress bars. */
public interface RolloutConsole {

    /**
     * Shows a line.
     *
     * @param text the line, never containing a secret
     */
    void line(String text);

    /**
     * Starts a progress display for one copy task.
     *
     * @param task the task's name, such as {@code mail}
     * @param totalBytes the bytes the task is expected to copy
     * @return the listener to pass to the migration; close it when the task ends
     */
    ProgressDisplay progress(String task, long totalBytes);

    /** A progress display that receives the migration's progress and is closed at the end. */
    interface ProgressDisplay extends ProgressListener, AutoCloseable {

        /** Ends the display. */
        @Override
        void close();
    }
}
