package org.lbkit.share.internal;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.lbkit.share.FileAction;
import org.lbkit.share.FileEntry;
import org.lbkit.share.FileOutcome;
import org.lbkit.share.FileTree;
import org.lbkit.share.LbShareException;
import org.lbkit.share.MigrationOptions;
import org.lbkit.share.MigrationPlan;
import org.lbkit.share.MigrationReport;
import org.lbkit.share.ProgressListener;
import org.lbkit.share.ShareFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One execution of a migration, as a plan (decide only) or a run (decide and copy). The walker
 * decides in its own thread; copies, and content comparisons in checksum mode, go to the workers.
 */
public final class MigrationRun implements WalkVisitor {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRun.class);
    private static final int LOGGED_PER_KIND = 20;

    private final FileTree source;
    private final FileTree target;
    private final MigrationOptions options;
    private final boolean dryRun;
    private final Consumer<FileOutcome> onFile;
    private final CopyDecider decider;
    private final ContentCopier copier;
    private final SafePublisher publisher;
    private final ProgressMeter meter;
    private final Tally<FileAction, FileOutcome> tally;
    private final AtomicLong folders = new AtomicLong();
    private final Retry retry;
    private WorkerPool workers;

    /**
     * Prepares a run.
     *
     * @param source the source tree
     * @param target the target tree
     * @param options the effective options
     * @param dryRun {@code true} for a plan, which writes nothing
     * @param progress the progress listener, or {@code null}
     * @param onFile receives every outcome, or {@code null}
     */
    public MigrationRun(FileTree source, FileTree target, MigrationOptions options, boolean dryRun,
            ProgressListener progress, Consumer<FileOutcome> onFile) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.dryRun = dryRun;
        this.onFile = onFile;
        this.decider = new CopyDecider(options);
        this.copier = new ContentCopier(source, target, options.bufferSize());
        this.publisher = new SafePublisher(source, target, options, copier);
        this.meter = new ProgressMeter(progress);
        this.tally = new Tally<>(FileAction.class, options.sampleLimit());
        this.retry = new Retry(options.retries(), options.retryBackoffMillis());
    }

    /**
     * Decides every file without writing.
     *
     * @param blockers what would stop the run, from {@link ConfigGuard}
     * @return the plan
     */
    public MigrationPlan plan(List<String> blockers) {
        execute();
        return MigrationPlan.builder()
                .source(source.location())
                .target(target.location())
                .options(options)
                .foldersToCreate(folders.get())
                .addAllBlockers(blockers)
                .files(tally.counts())
                .bytes(tally.bytes())
                .samples(tally.samples())
                .build();
    }

    /**
     * Copies every file that needs it.
     *
     * @return the report
     */
    public MigrationReport run() {
        Instant started = Instant.now();
        LOG.info("[migration] copying {} to {} ({} workers, {} verification, overwrite {})", source.location(),
                target.location(), options.parallelism(), options.verification(), options.overwrite());
        execute();
        MigrationReport report = MigrationReport.builder()
                .source(source.location())
                .target(target.location())
                .options(options)
                .startedAt(started.toString())
                .durationMillis(meter.elapsedMillis())
                .foldersCreated(folders.get())
                .files(tally.counts())
                .bytes(tally.bytes())
                .samples(tally.samples())
                .build();
        LOG.info("[migration] finished {} to {}: {}", source.location(), target.location(), report.summary());
        return report;
    }

    private void execute() {
        FileEntry sourceRoot = TreeWalker.sourceRoot(source);
        FileEntry targetRoot = target.stat("").orElse(null);
        if (targetRoot != null && !targetRoot.isDirectory()) {
            throw new LbShareException(ShareFailure.NOT_A_DIRECTORY, target.location(),
                    "using the migration target", null);
        }
        DirNode root = new DirNode("", null, sourceRoot.lastModified(), targetRoot);
        try (WorkerPool pool = new WorkerPool(options.parallelism(), "lbkit-migration")) {
            workers = pool;
            new TreeWalker(source, target, options).walk(root, this);
            meter.walkComplete();
            pool.awaitIdle();
        }
        meter.report();
    }

    @Override
    public boolean enterDirectory(DirNode directory, TargetIndex index) {
        if (directory.target() == null) {
            folders.incrementAndGet();
            if (!dryRun && !createDirectory(directory)) {
                return false;
            }
        }
        for (FileEntry temporary : index.temporaries()) {
            removeTemporary(temporary);
        }
        return true;
    }

    private boolean createDirectory(DirNode directory) {
        try {
            retry.run(() -> target.createDirectories(directory.path()));
            directory.markChanged();
            return true;
        } catch (LbShareException e) {
            failed(directory.path(), e);
            return false;
        }
    }

    private void removeTemporary(FileEntry temporary) {
        if (!dryRun) {
            try {
                target.deleteFile(temporary.path());
            } catch (LbShareException e) {
                failed(temporary.path(), e);
                return;
            }
        }
        record(FileOutcome.of(temporary.path(), FileAction.REMOVE_TEMP, temporary.size(),
                "temporary file of an interrupted migration"));
    }

    @Override
    public void file(DirNode directory, FileEntry file, FileEntry targetEntry) {
        CopyDecider.Decision decision = decider.decide(file, targetEntry);
        meter.found(file.size(), decision.copies());
        if (decision.needsContent()) {
            directory.open();
            workers.submit(() -> finishFile(directory, file, () -> compareThenCopy(file, targetEntry)));
        } else if (decision.copies() && !dryRun) {
            directory.open();
            workers.submit(() -> finishFile(directory, file, () -> publisher.publish(file, decision.action(),
                    decision.reason())));
        } else {
            record(FileOutcome.of(file.path(), decision.action(), file.size(), decision.reason()));
        }
    }

    private FileOutcome compareThenCopy(FileEntry file, FileEntry targetEntry) {
        Deadline deadline = new Deadline(options.fileDeadlineMillis());
        byte[] sourceHash = copier.hash(source, file.path(), deadline);
        byte[] targetHash = copier.hash(target, file.path(), deadline);
        CopyDecider.Decision decision = decider.afterContent(file, targetEntry,
                MessageDigest.isEqual(sourceHash, targetHash));
        if (decision.copies() && !dryRun) {
            return publisher.publish(file, decision.action(), decision.reason());
        }
        return FileOutcome.of(file.path(), decision.action(), file.size(), decision.reason());
    }

    /** Runs a worker task, records its outcome, and closes the folder's open work. */
    private void finishFile(DirNode directory, FileEntry file, Supplier<FileOutcome> task) {
        FileOutcome outcome;
        try {
            outcome = task.get();
        } catch (LbShareException e) {
            outcome = failure(file, e.getMessage(), e.failure());
        } catch (RuntimeException e) {
            LOG.error("[migration] unexpected error while copying {}", file.path(), e);
            outcome = failure(file, "unexpected error: " + e, ShareFailure.UNKNOWN);
        }
        if (outcome.action() == FileAction.COPY || outcome.action() == FileAction.OVERWRITE) {
            directory.markChanged();
        }
        record(outcome);
        closeWork(directory);
    }

    private static FileOutcome failure(FileEntry file, String reason, ShareFailure cause) {
        return FileOutcome.builder().path(file.path()).action(FileAction.FAIL).size(file.size()).reason(reason)
                .failure(cause).build();
    }

    @Override
    public boolean subdirectory(DirNode directory, FileEntry folder, FileEntry targetEntry) {
        if (targetEntry != null && !targetEntry.isDirectory()) {
            record(FileOutcome.of(folder.path(), FileAction.CONFLICT, 0L,
                    "the target has a file of this folder's name; the folder is not copied"));
            return false;
        }
        return true;
    }

    @Override
    public void refused(FileEntry entry, String reason) {
        String subject = entry.isDirectory() ? reason + "; the folder and its content are not copied" : reason;
        record(FileOutcome.of(entry.path(), FileAction.REFUSE, entry.size(), subject));
    }

    @Override
    public void failed(String path, LbShareException error) {
        record(FileOutcome.builder().path(path).action(FileAction.FAIL).reason(error.getMessage())
                .failure(error.failure()).build());
    }

    @Override
    public void leaveDirectory(DirNode directory, TargetIndex index) {
        closeWork(directory);
    }

    /** Closes one piece of a folder's work; a complete folder gets its time, then its parent. */
    private void closeWork(DirNode directory) {
        DirNode current = directory;
        while (current != null && current.close()) {
            finishDirectory(current);
            DirNode parent = current.parent();
            if (parent != null && current.changed()) {
                parent.markChanged();
            }
            current = parent;
        }
    }

    private void finishDirectory(DirNode directory) {
        if (dryRun) {
            return;
        }
        FileEntry before = directory.target();
        boolean timeDiffers = before == null || Math.abs(before.lastModified().toEpochMilli()
                - directory.sourceTime().toEpochMilli()) > options.timeToleranceMillis();
        if (directory.changed() || timeDiffers) {
            try {
                target.setLastModified(directory.path(), directory.sourceTime());
            } catch (LbShareException e) {
                // The folder's files are complete; a server that keeps its own folder times (a
                // share root, for one) must not make the whole migration incomplete.
                LOG.warn("[migration] could not set the time of folder {}: {}", target.location(directory.path()),
                        e.getMessage());
            }
        }
    }

    private void record(FileOutcome outcome) {
        tally.add(outcome.action(), outcome.size(), outcome);
        if (outcome.action() != FileAction.REMOVE_TEMP) {
            boolean copied = outcome.action() == FileAction.COPY || outcome.action() == FileAction.OVERWRITE;
            meter.done(outcome.size(), copied && !dryRun);
        }
        log(outcome);
        if (onFile != null) {
            synchronized (onFile) {
                onFile.accept(outcome);
            }
        }
    }

    private void log(FileOutcome outcome) {
        FileAction action = outcome.action();
        if (action == FileAction.FAIL) {
            LOG.warn("[migration] {} failed: {}", outcome.path(), outcome.reason());
        } else if ((action == FileAction.CONFLICT || action == FileAction.REFUSE)
                && tally.count(action) <= LOGGED_PER_KIND) {
            LOG.warn("[migration] {} {}: {}", action, outcome.path(), outcome.reason());
        } else {
            LOG.debug("[migration] {} {}: {}", action, outcome.path(), outcome.reason());
        }
    }
}
