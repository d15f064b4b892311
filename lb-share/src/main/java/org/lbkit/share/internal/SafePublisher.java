package org.lbkit.share.internal;

import java.security.MessageDigest;
import java.util.Optional;

import org.lbkit.share.FileAction;
import org.lbkit.share.FileEntry;
import org.lbkit.share.FileOutcome;
import org.lbkit.share.FileTree;
import org.lbkit.share.LbShareException;
import org.lbkit.share.MigrationOptions;
import org.lbkit.share.ShareFailure;
import org.lbkit.share.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies one file so that no reader ever sees a partial file. The bytes go to a new temporary file
 * in the target folder, which is closed and checked (SHA-256 in checksum mode, then size). It gets
 * the source's time and is renamed over the final name in one step ({@link FileTree#publish}).
 * The final name is never opened for writing, so an overwrite cannot leave the tail of a longer
 * old file.
 *
 * <p>The source's size and time are compared before and after the copy; a file that changed is
 * copied again, and reported as {@link ShareFailure#SOURCE_CHANGED} when it keeps changing.
 * Transient errors are retried with a doubling pause, within the file's deadline.
 */
final class SafePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SafePublisher.class);

    private final FileTree source;
    private final FileTree target;
    private final MigrationOptions options;
    private final ContentCopier copier;

    SafePublisher(FileTree source, FileTree target, MigrationOptions options, ContentCopier copier) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.copier = copier;
    }

    /** Copies a file and returns the outcome, {@code action} on success or {@link FileAction#FAIL}. */
    FileOutcome publish(FileEntry listed, FileAction action, String reason) {
        Deadline deadline = new Deadline(options.fileDeadlineMillis());
        FileEntry before = listed;
        LbShareException last = null;
        int attempt = 0;
        while (attempt <= options.retries()) {
            attempt++;
            try {
                publishOnce(before, deadline);
                return outcome(before, action, reason, attempt, null);
            } catch (LbShareException e) {
                last = e;
                LOG.debug("[migration] attempt {} for {} failed: {}", attempt, before.path(), e.getMessage());
                if (!e.failure().isTransient() || attempt > options.retries() || !pause(attempt, deadline)) {
                    break;
                }
                before = freshSource(before).orElse(null);
                if (before == null) {
                    return outcome(listed, FileAction.FAIL, "the source file disappeared", attempt,
                            ShareFailure.NOT_FOUND);
                }
            }
        }
        return outcome(before, FileAction.FAIL, last.getMessage(), attempt, last.failure());
    }

    private void publishOnce(FileEntry before, Deadline deadline) {
        String directory = TreePaths.parent(before.path());
        String temporary = TreePaths.join(directory, TempNames.forName(before.name()));
        boolean published = false;
        try {
            MessageDigest digest = options.verification() == Verification.CHECKSUM
                    ? ContentCopier.sha256() : null;
            long copied = copier.copy(before.path(), temporary, before.size(), digest, deadline);
            checkSourceUnchanged(before, copied);
            if (digest != null) {
                checkContent(temporary, digest, deadline);
            }

            deadline.check(target.location(before.path()));
            // NOTE: the file is flushed to the server or the OS, not forced to disk (no fsync or
            // SMB2 FLUSH), as rsync does by default; a power loss of the target host right after
            // the rename may leave a short file, which the next run reports as a conflict.
            target.publish(temporary, before.path(), before.lastModified(), before.size());
            published = true;
        } finally {
            if (!published) {
                removeQuietly(temporary);
            }
        }
    }

    private void checkSourceUnchanged(FileEntry before, long copied) {
        Optional<FileEntry> after = source.stat(before.path());
        if (after.isEmpty()) {
            throw new LbShareException(ShareFailure.NOT_FOUND, source.location(before.path()),
                    "the source file disappeared while it was copied", null);
        }
        FileEntry now = after.get();
        if (now.size() != before.size() || !now.lastModified().equals(before.lastModified())
                || copied != before.size()) {
            throw new LbShareException(ShareFailure.SOURCE_CHANGED, source.location(before.path()),
                    "size " + before.size() + " and time " + before.lastModified() + " before the copy, size "
                            + now.size() + " and time " + now.lastModified() + " after, " + copied
                            + " bytes read", null);
        }
    }

    /** Reads the written file back and compares its SHA-256 with that of the bytes read. */
    private void checkContent(String temporary, MessageDigest digest, Deadline deadline) {
        byte[] expected = digest.digest();
        byte[] actual = copier.hash(target, temporary, deadline);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new LbShareException(ShareFailure.IO_ERROR, target.location(temporary),
                    "the written file's SHA-256 differs from the bytes read from the source", null);
        }
    }

    private Optional<FileEntry> freshSource(FileEntry before) {
        try {
            return source.stat(before.path()).filter(FileEntry::isFile);
        } catch (LbShareException e) {
            return Optional.of(before);
        }
    }

    /** Sleeps before a retry; returns {@code false} when the pause would pass the deadline. */
    private boolean pause(int attempt, Deadline deadline) {
        long millis = options.retryBackoffMillis() << Math.min(attempt - 1, 16);
        if (millis >= deadline.remainingMillis()) {
            return false;
        }
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void removeQuietly(String temporary) {
        try {
            target.deleteFile(temporary);
        } catch (LbShareException e) {
            LOG.warn("[migration] could not remove the temporary file {}; the next run removes it: {}",
                    target.location(temporary), e.getMessage());
        }
    }

    private static FileOutcome outcome(FileEntry file, FileAction action, String reason, int attempts,
            ShareFailure failure) {
        return FileOutcome.builder()
                .path(file.path())
                .action(action)
                .size(file.size())
                .reason(reason)
                .failure(Optional.ofNullable(failure))
                .attempts(attempts)
                .build();
    }
}
