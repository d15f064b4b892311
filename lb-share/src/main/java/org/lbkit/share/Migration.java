package org.lbkit.share;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.lbkit.model.ShareFolders;
import org.lbkit.share.internal.ConfigGuard;
import org.lbkit.share.internal.MigrationRun;
import org.lbkit.share.internal.TreeVerifier;

/**
 * Copies a folder tree into another one (local to SMB, SMB to SMB, local to local) so that no
 * mail can be lost:
 *
 * <pre>
 * MigrationReport report = Migration.from(FileTrees.local(Path.of("/opt/icewarp/mail")))
 *         .to(smbTree.subtree("mail"))
 *         .parallelism(4)
 *         .progress(p -&gt; System.out.println(p.filesDone() + " files"))
 *         .run();
 * </pre>
 *
 * <ul>
 * <li>Every file is written under a temporary name in its target folder, checked, then renamed
 * over the final name; readers never see a partial file.</li>
 * <li>Nothing on the target is deleted except temporary files of interrupted runs, and nothing on
 * the source is changed. A target file that differs is a conflict unless {@link #overwrite}
 * allows replacing it.</li>
 * <li>A re-run skips the files already copied (same size and time, or same hash) and finishes the
 * job.</li>
 * <li>Names a Windows share cannot hold are refused and listed, never renamed.</li>
 * <li>Folder times are set after their content; memory does not grow with the tree's size.</li>
 * </ul>
 *
 * <p>{@link #plan()} runs the same decisions without writing; {@link #verify()} compares the trees.
 * Options may each be set once; an invalid value throws {@link IllegalArgumentException}.
 */
public final class Migration {

    /** First step of the fluent entry point, holding the source. */
    public static final class Source {

        private final FileTree source;

        private Source(FileTree source) {
            this.source = source;
        }

        /**
         * Sets the target tree, created when it does not exist.
         *
         * @param target the target
         * @return the migration, ready for options and a terminal call
         */
        public Migration to(FileTree target) {
            return new Migration(source, Objects.requireNonNull(target, "target"));
        }
    }

    private static final int MAX_PARALLELISM = 32;

    private final FileTree source;
    private final FileTree target;
    private final Set<String> optionsSet = new HashSet<>();
    private int parallelism = 4;
    private Verification verification = Verification.SIZE_AND_TIME;
    private Overwrite overwrite = Overwrite.NEVER;
    private Duration timeTolerance;
    private int retries = 3;
    private Duration retryBackoff = Duration.ofMillis(500);
    private Duration fileDeadline = Duration.ofHours(1);
    private int bufferSize = 256 * 1024;
    private int maxPathLength = 259;
    private boolean allowNonEmptyConfigTarget;
    private int sampleLimit = 100;
    private ShareFolders folders = ShareFolders.defaults();
    private ProgressListener progress;
    private Consumer<FileOutcome> onFile;

    private Migration(FileTree source, FileTree target) {
        this.source = source;
        this.target = target;
    }

    /**
     * Starts a migration from a source tree, which is only ever read.
     *
     * @param source the source
     * @return the step that takes the target
     */
    public static Source from(FileTree source) {
        return new Source(Objects.requireNonNull(source, "source"));
    }

    private void once(String option) {
        if (!optionsSet.add(option)) {
            throw new IllegalStateException(option + " was already set on this migration");
        }
    }

    private static void require(boolean valid, String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Sets how many files are copied at the same time.
     *
     * @param workers from 1 to 32; 4 by default
     * @return this migration
     */
    public Migration parallelism(int workers) {
        once("parallelism");
        require(workers >= 1 && workers <= MAX_PARALLELISM,
                "parallelism must be between 1 and " + MAX_PARALLELISM + " but was " + workers);
        this.parallelism = workers;
        return this;
    }

    /**
     * Sets how equal files are recognised and how copies are checked.
     *
     * @param mode {@link Verification#SIZE_AND_TIME} by default
     * @return this migration
     */
    public Migration verification(Verification mode) {
        once("verification");
        this.verification = Objects.requireNonNull(mode, "verification");
        return this;
    }

    /**
     * Sets what happens to target files that differ from their source.
     *
     * @param policy {@link Overwrite#NEVER} by default
     * @return this migration
     */
    public Migration overwrite(Overwrite policy) {
        once("overwrite");
        this.overwrite = Objects.requireNonNull(policy, "overwrite");
        return this;
    }

    /**
     * Sets how far apart modification times may be and still count as equal.
     *
     * @param tolerance zero or more; by default the larger of the two trees' tolerances, which is
     *        two seconds when either is an SMB tree
     * @return this migration
     */
    public Migration timeTolerance(Duration tolerance) {
        once("timeTolerance");
        require(tolerance != null && !tolerance.isNegative(), "timeTolerance must be zero or more but was "
                + tolerance);
        this.timeTolerance = tolerance;
        return this;
    }

    /**
     * Sets how many times a copy is retried after a transient error (timeout, lost connection,
     * sharing violation, source changed during the copy).
     *
     * @param count from 0 to 20; 3 by default
     * @return this migration
     */
    public Migration retries(int count) {
        once("retries");
        require(count >= 0 && count <= 20, "retries must be between 0 and 20 but was " + count);
        this.retries = count;
        return this;
    }

    /**
     * Sets the pause before the first retry; it doubles for each further retry.
     *
     * @param pause zero or more; 500 ms by default
     * @return this migration
     */
    public Migration retryBackoff(Duration pause) {
        once("retryBackoff");
        require(pause != null && !pause.isNegative(), "retryBackoff must be zero or more but was " + pause);
        this.retryBackoff = pause;
        return this;
    }

    /**
     * Sets how long one file may take, retries included; a file past it fails with
     * {@link ShareFailure#DEADLINE_EXCEEDED}.
     *
     * @param deadline more than zero; one hour by default
     * @return this migration
     */
    public Migration fileDeadline(Duration deadline) {
        once("fileDeadline");
        require(deadline != null && !deadline.isNegative() && !deadline.isZero(),
                "fileDeadline must be more than zero but was " + deadline);
        this.fileDeadline = deadline;
        return this;
    }

    /**
     * Sets the size of each worker's copy buffer.
     *
     * @param bytes from 4 KiB to 16 MiB; 256 KiB by default
     * @return this migration
     */
    public Migration bufferSize(int bytes) {
        once("bufferSize");
        require(bytes >= 4096 && bytes <= 16 << 20, "bufferSize must be between 4096 and 16777216 but was "
                + bytes);
        this.bufferSize = bytes;
        return this;
    }

    /**
     * Sets the longest path accepted on the target, counted on its location, such as
     * {@code \\fs01\icewarp\mail\example.com\jdoe\1.imap}. Longer paths are refused.
     *
     * @param characters at least 32; 259 by default, the Win32 limit without long-path support
     * @return this migration
     */
    public Migration maxPathLength(int characters) {
        once("maxPathLength");
        require(characters >= 32 && characters <= 32_767,
                "maxPathLength must be between 32 and 32767 but was " + characters);
        this.maxPathLength = characters;
        return this;
    }

    /**
     * Allows copying into a shared configuration folder (config, spam or calendar) that already
     * contains files. The guide copies these from the first configured server only, so by default
     * such a migration stops before copying anything.
     *
     * @param allow {@code true} to merge into the existing folder
     * @return this migration
     */
    public Migration allowNonEmptyConfigTarget(boolean allow) {
        once("allowNonEmptyConfigTarget");
        this.allowNonEmptyConfigTarget = allow;
        return this;
    }

    /**
     * Sets the layout's folder names, used to recognise the shared configuration folders.
     *
     * @param names the names; the guide's defaults otherwise
     * @return this migration
     */
    public Migration folders(ShareFolders names) {
        once("folders");
        this.folders = Objects.requireNonNull(names, "folders");
        return this;
    }

    /**
     * Sets how many entries per action a plan or report keeps; {@link #onFile} receives them all.
     *
     * @param limit from 0 to 100000; 100 by default
     * @return this migration
     */
    public Migration sampleLimit(int limit) {
        once("sampleLimit");
        require(limit >= 0 && limit <= 100_000, "sampleLimit must be between 0 and 100000 but was " + limit);
        this.sampleLimit = limit;
        return this;
    }

    /**
     * Sets the listener of progress snapshots.
     *
     * @param listener the listener
     * @return this migration
     */
    public Migration progress(ProgressListener listener) {
        once("progress");
        this.progress = Objects.requireNonNull(listener, "progress");
        return this;
    }

    /**
     * Sets a callback that receives every file outcome of a plan or run, one call at a time.
     *
     * @param callback the callback
     * @return this migration
     */
    public Migration onFile(Consumer<FileOutcome> callback) {
        once("onFile");
        this.onFile = Objects.requireNonNull(callback, "onFile");
        return this;
    }

    /**
     * Returns the effective options, with the time tolerance resolved from the trees.
     *
     * @return the options
     */
    public MigrationOptions options() {
        Duration tolerance = timeTolerance != null ? timeTolerance
                : max(source.timeTolerance(), target.timeTolerance());
        return MigrationOptions.builder()
                .parallelism(parallelism)
                .verification(verification)
                .overwrite(overwrite)
                .timeToleranceMillis(tolerance.toMillis())
                .retries(retries)
                .retryBackoffMillis(retryBackoff.toMillis())
                .fileDeadlineMillis(fileDeadline.toMillis())
                .bufferSize(bufferSize)
                .maxPathLength(maxPathLength)
                .allowNonEmptyConfigTarget(allowNonEmptyConfigTarget)
                .sampleLimit(sampleLimit)
                .build();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Decides every file as {@link #run()} would, without writing anything.
     *
     * @return the plan, with blockers that would stop the run
     */
    public MigrationPlan plan() {
        MigrationOptions resolved = options();
        List<String> blockers = blockers(resolved);
        return new MigrationRun(source, target, resolved, true, progress, onFile).plan(blockers);
    }

    /**
     * Copies every file that needs copying.
     *
     * @return the report; see {@link MigrationReport#throwIfIncomplete()}
     * @throws LbMigrationException when a non-empty shared configuration folder blocks the run
     * @throws LbShareException when the source or target root cannot be used
     */
    public MigrationReport run() {
        MigrationOptions resolved = options();
        List<String> blockers = blockers(resolved);
        if (!blockers.isEmpty()) {
            throw new LbMigrationException("migration from " + source.location() + " to " + target.location()
                    + " not started: " + String.join("; ", blockers));
        }
        return new MigrationRun(source, target, resolved, false, progress, onFile).run();
    }

    private List<String> blockers(MigrationOptions resolved) {
        return resolved.allowNonEmptyConfigTarget() ? List.of() : ConfigGuard.blockers(source, target, folders);
    }

    /**
     * Compares the target with the source without writing anything.
     *
     * @return the comparison
     */
    public TreeComparison verify() {
        return verify(null);
    }

    /**
     * Compares the target with the source without writing anything, passing every difference to
     * a callback.
     *
     * @param onDifference receives each difference, one call at a time; may be {@code null}
     * @return the comparison
     */
    public TreeComparison verify(Consumer<FileDifference> onDifference) {
        return new TreeVerifier(source, target, options(), onDifference).compare();
    }

    @Override
    public String toString() {
        return "Migration[" + source.location() + " -> " + target.location() + ", " + options() + "]";
    }
}
