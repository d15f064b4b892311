package org.lbkit.share;

/**
 * Receives snapshots of a running migration, at most once per second and once at the end. It is
 * called from the migration's worker threads, one call at a time, and must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Receives a snapshot.
     *
     * @param progress the counters at this moment
     */
    void progress(Progress progress);
}
