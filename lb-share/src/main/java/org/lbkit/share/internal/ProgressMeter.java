package org.lbkit.share.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.lbkit.share.Progress;
import org.lbkit.share.ProgressListener;

/**
 * Counts a migration's progress and passes snapshots to the listener, at most once a second while
 * it runs and once more at the end.
 */
final class ProgressMeter {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final ProgressListener listener;
    private final long start = System.nanoTime();
    private final AtomicLong lastReport = new AtomicLong(start);
    private final AtomicLong filesFound = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong filesToCopy = new AtomicLong();
    private final AtomicLong filesCopied = new AtomicLong();
    private final AtomicLong bytesToCopy = new AtomicLong();
    private final AtomicLong bytesCopied = new AtomicLong();
    private volatile boolean walkComplete;

    ProgressMeter(ProgressListener listener) {
        this.listener = listener;
    }

    void found(long size, boolean toCopy) {
        filesFound.incrementAndGet();
        if (toCopy) {
            filesToCopy.incrementAndGet();
            bytesToCopy.addAndGet(size);
        }
    }

    void done(long size, boolean copied) {
        filesDone.incrementAndGet();
        if (copied) {
            filesCopied.incrementAndGet();
            bytesCopied.addAndGet(size);
        }
        maybeReport();
    }

    void walkComplete() {
        walkComplete = true;
    }

    long elapsedMillis() {
        return (System.nanoTime() - start) / 1_000_000L;
    }

    private void maybeReport() {
        long now = System.nanoTime();
        long last = lastReport.get();
        if (listener != null && now - last >= INTERVAL_NANOS && lastReport.compareAndSet(last, now)) {
            report();
        }
    }

    /** Passes a snapshot to the listener now. */
    void report() {
        if (listener == null) {
            return;
        }
        Progress snapshot = Progress.builder()
                .filesFound(filesFound.get())
                .filesDone(filesDone.get())
                .filesToCopy(filesToCopy.get())
                .filesCopied(filesCopied.get())
                .bytesToCopy(bytesToCopy.get())
                .bytesCopied(bytesCopied.get())
                .walkComplete(walkComplete)
                .elapsedMillis(elapsedMillis())
                .build();
        synchronized (listener) {
            listener.progress(snapshot);
        }
    }
}
