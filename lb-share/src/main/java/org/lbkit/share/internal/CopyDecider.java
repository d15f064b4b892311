package org.lbkit.share.internal;

import java.time.Duration;

import org.lbkit.share.FileAction;
import org.lbkit.share.FileEntry;
import org.lbkit.share.MigrationOptions;
import org.lbkit.share.Overwrite;
import org.lbkit.share.Verification;

/**
 * Decides what to do with a source file given its target entry. Plans and runs use the same
 * decisions, so a plan shows exactly what a run would do.
 */
final class CopyDecider {

    /**
     * A decision. {@code action} is {@code null} when only a comparison of content can decide.
     */
    record Decision(FileAction action, String reason) {

        boolean needsContent() {
            return action == null;
        }

        boolean copies() {
            return action == FileAction.COPY || action == FileAction.OVERWRITE;
        }
    }

    private final Overwrite overwrite;
    private final Verification verification;
    private final long toleranceMillis;

    CopyDecider(MigrationOptions options) {
        this.overwrite = options.overwrite();
        this.verification = options.verification();
        this.toleranceMillis = options.timeToleranceMillis();
    }

    Decision decide(FileEntry source, FileEntry target) {
        if (target == null) {
            return new Decision(FileAction.COPY, "missing on the target");
        }
        if (!target.isFile()) {
            return new Decision(FileAction.CONFLICT, "the target has a folder or special file of this name");
        }
        if (source.size() == target.size()) {
            if (verification == Verification.CHECKSUM) {
                return new Decision(null, "same size; content to compare");
            }
            if (sameTime(source, target)) {
                return new Decision(FileAction.SKIP_IDENTICAL, "same size and modification time");
            }
        }
        return differs(source, target, describe(source, target));
    }

    /** Decides after the content of two files of the same size was compared. */
    Decision afterContent(FileEntry source, FileEntry target, boolean sameContent) {
        if (sameContent) {
            return new Decision(FileAction.SKIP_IDENTICAL, "same SHA-256");
        }
        return differs(source, target, "same size, different SHA-256");
    }

    private Decision differs(FileEntry source, FileEntry target, String difference) {
        boolean targetNewer = target.lastModified().toEpochMilli() > source.lastModified().toEpochMilli()
                + toleranceMillis;
        if (overwrite == Overwrite.ALWAYS || overwrite == Overwrite.IF_SOURCE_NEWER && !targetNewer) {
            return new Decision(FileAction.OVERWRITE, difference);
        }
        String why = targetNewer ? "the target is newer (" + difference + ")" : "the target differs ("
                + difference + ")";
        return new Decision(FileAction.CONFLICT, why + "; overwrite is " + overwrite);
    }

    private boolean sameTime(FileEntry source, FileEntry target) {
        long gap = Math.abs(source.lastModified().toEpochMilli() - target.lastModified().toEpochMilli());
        return gap <= toleranceMillis;
    }

    private static String describe(FileEntry source, FileEntry target) {
        if (source.size() != target.size()) {
            return "size " + source.size() + " on the source, " + target.size() + " on the target";
        }
        Duration gap = Duration.between(target.lastModified(), source.lastModified()).abs();
        return "modification times " + gap.toMillis() + " ms apart";
    }
}
