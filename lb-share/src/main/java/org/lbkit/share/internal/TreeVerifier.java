package org.lbkit.share.internal;

import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.lbkit.share.FileDifference;
import org.lbkit.share.FileDifference.Kind;
import org.lbkit.share.FileEntry;
import org.lbkit.share.FileTree;
import org.lbkit.share.LbShareException;
import org.lbkit.share.MigrationOptions;
import org.lbkit.share.TreeComparison;
import org.lbkit.share.Verification;

/**
 * Compares a target tree with its source without writing: missing, different and extra entries,
 * temporary files of interrupted runs, and names that could never be copied.
 */
public final class TreeVerifier implements WalkVisitor {

    private final FileTree source;
    private final FileTree target;
    private final MigrationOptions options;
    private final Consumer<FileDifference> onDifference;
    private final ContentCopier copier;
    private final Tally<Kind, FileDifference> tally;
    private final AtomicLong identical = new AtomicLong();
    private WorkerPool workers;

    /**
     * Prepares a comparison.
     *
     * @param source the source tree
     * @param target the target tree
     * @param options the effective options (verification, tolerance, parallelism, samples)
     * @param onDifference receives every difference, or {@code null}
     */
    public TreeVerifier(FileTree source, FileTree target, MigrationOptions options,
            Consumer<FileDifference> onDifference) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.onDifference = onDifference;
        this.copier = new ContentCopier(source, target, options.bufferSize());
        this.tally = new Tally<>(Kind.class, options.sampleLimit());
    }

    /**
     * Compares the trees.
     *
     * @return the comparison
     */
    public TreeComparison compare() {
        long start = System.nanoTime();
        FileEntry sourceRoot = TreeWalker.sourceRoot(source);
        FileEntry targetRoot = target.stat("").orElse(null);
        DirNode root = new DirNode("", null, sourceRoot.lastModified(), targetRoot);
        try (WorkerPool pool = new WorkerPool(options.parallelism(), "lbkit-verify")) {
            workers = pool;
            new TreeWalker(source, target, options).walk(root, this);
            pool.awaitIdle();
        }
        return TreeComparison.builder()
                .source(source.location())
                .target(target.location())
                .verification(options.verification())
                .identicalFiles(identical.get())
                .differences(tally.counts())
                .samples(tally.samples())
                .durationMillis((System.nanoTime() - start) / 1_000_000L)
                .build();
    }

    @Override
    public boolean enterDirectory(DirNode directory, TargetIndex index) {
        if (directory.target() == null && !directory.path().isEmpty()) {
            return true;
        }
        for (FileEntry temporary : index.temporaries()) {
            record(temporary.path(), Kind.TEMP_FILE, "temporary file of an interrupted migration");
        }
        return true;
    }

    @Override
    public void file(DirNode directory, FileEntry file, FileEntry other) {
        if (other == null) {
            record(file.path(), Kind.MISSING, "file missing on the target");
        } else if (!other.isFile()) {
            record(file.path(), Kind.TYPE_MISMATCH, "a file on the source, a folder on the target");
        } else if (file.size() != other.size()) {
            record(file.path(), Kind.DIFFERENT, "size " + file.size() + " on the source, " + other.size()
                    + " on the target");
        } else if (options.verification() == Verification.CHECKSUM) {
            workers.submit(() -> compareContent(file));
        } else if (Math.abs(file.lastModified().toEpochMilli() - other.lastModified().toEpochMilli())
                > options.timeToleranceMillis()) {
            record(file.path(), Kind.DIFFERENT, "modification time " + file.lastModified() + " on the source, "
                    + other.lastModified() + " on the target");
        } else {
            identical.incrementAndGet();
        }
    }

    private void compareContent(FileEntry file) {
        try {
            Deadline deadline = new Deadline(options.fileDeadlineMillis());
            byte[] expected = copier.hash(source, file.path(), deadline);
            byte[] actual = copier.hash(target, file.path(), deadline);
            if (MessageDigest.isEqual(expected, actual)) {
                identical.incrementAndGet();
            } else {
                record(file.path(), Kind.DIFFERENT, "same size, different SHA-256");
            }
        } catch (LbShareException e) {
            record(file.path(), Kind.UNREADABLE, e.getMessage());
        }
    }

    @Override
    public boolean subdirectory(DirNode directory, FileEntry folder, FileEntry other) {
        if (other == null) {
            record(folder.path(), Kind.MISSING, "folder missing on the target");
            return false;
        }
        if (!other.isDirectory()) {
            record(folder.path(), Kind.TYPE_MISMATCH, "a folder on the source, a file on the target");
            return false;
        }
        return true;
    }

    @Override
    public void refused(FileEntry entry, String reason) {
        record(entry.path(), Kind.REFUSED_NAME, reason);
    }

    @Override
    public void failed(String path, LbShareException error) {
        record(path, Kind.UNREADABLE, error.getMessage());
    }

    @Override
    public void leaveDirectory(DirNode directory, TargetIndex index) {
        if (!index.complete()) {
            return;
        }
        for (FileEntry extra : index.unmatched()) {
            record(extra.path(), Kind.EXTRA, "present on the target only");
        }
    }

    private void record(String path, Kind kind, String detail) {
        FileDifference difference = FileDifference.of(path, kind, detail);
        tally.add(kind, 0L, difference);
        if (onDifference != null) {
            synchronized (onDifference) {
                onDifference.accept(difference);
            }
        }
    }
}
