package org.lbkit.share.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.lbkit.share.FileEntry;

/**
 * A source folder being migrated. It counts the work still open inside it (its own listing, each
 * file being copied, each subfolder not finished) so that its time is set on the target only
 * after its content is complete.
 */
final class DirNode {

    private final String path;
    private final DirNode parent;
    private final Instant sourceTime;
    private final FileEntry target;
    private final AtomicInteger pending = new AtomicInteger(1);
    private volatile boolean changed;

    DirNode(String path, DirNode parent, Instant sourceTime, FileEntry target) {
        this.path = path;
        this.parent = parent;
        this.sourceTime = sourceTime;
        this.target = target;
        if (parent != null) {
            parent.pending.incrementAndGet();
        }
    }

    /** Returns the folder's path relative to the roots. */
    String path() {
        return path;
    }

    DirNode parent() {
        return parent;
    }

    Instant sourceTime() {
        return sourceTime;
    }

    /** Returns the target folder as the parent's listing showed it, or {@code null} if missing. */
    FileEntry target() {
        return target;
    }

    /** Counts one more piece of open work, such as a file handed to a worker. */
    void open() {
        pending.incrementAndGet();
    }

    /**
     * Closes one piece of open work.
     *
     * @return {@code true} when nothing is left open, so the folder is complete
     */
    boolean close() {
        return pending.decrementAndGet() == 0;
    }

    /** Records that something was written into the target folder, which changes its time. */
    void markChanged() {
        changed = true;
    }

    boolean changed() {
        return changed;
    }
}
