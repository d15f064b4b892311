package org.lbkit.share.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.lbkit.share.FileEntry;
import org.lbkit.share.FileTree;
import org.lbkit.share.LbShareException;
import org.lbkit.share.MigrationOptions;
import org.lbkit.share.ShareFailure;

/**
 * Walks a source tree depth first, streaming each folder's listing, and pairs every entry with
 * its target entry. Memory holds the folders still to visit and one folder's target index, never
 * the list of all files. Names a Windows share cannot hold are refused here, with their subtree.
 */
final class TreeWalker {

    private final FileTree source;
    private final FileTree target;
    private final int maxPathLength;
    private final int targetBaseLength;
    private final Retry retry;

    TreeWalker(FileTree source, FileTree target, MigrationOptions options) {
        this.source = source;
        this.target = target;
        this.maxPathLength = options.maxPathLength();
        this.targetBaseLength = target.location("x").length() - 1;
        this.retry = new Retry(options.retries(), options.retryBackoffMillis());
    }

    /** Walks the whole source tree. */
    void walk(DirNode root, WalkVisitor visitor) {
        Deque<DirNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            DirNode directory = pending.pop();
            List<DirNode> children = visit(directory, visitor);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    private List<DirNode> visit(DirNode directory, WalkVisitor visitor) {
        List<DirNode> children = new ArrayList<>();
        TargetIndex index;
        try {
            index = directory.target() == null ? TargetIndex.missing(target, directory.path())
                    : retry.call(() -> TargetIndex.load(target, directory.path()));
        } catch (LbShareException e) {
            visitor.failed(directory.path(), e);
            visitor.leaveDirectory(directory, TargetIndex.missing(target, directory.path()));
            return children;
        }

        if (visitor.enterDirectory(directory, index)) {
            try (Stream<FileEntry> listing = retry.call(() -> source.list(directory.path()))) {
                Map<String, String> seen = new HashMap<>();
                listing.forEach(entry -> visitEntry(directory, entry, index, seen, children, visitor));
            } catch (LbShareException e) {
                visitor.failed(directory.path(), e);
            }
        }
        visitor.leaveDirectory(directory, index);
        return children;
    }

    private void visitEntry(DirNode directory, FileEntry entry, TargetIndex index, Map<String, String> seen,
            List<DirNode> children, WalkVisitor visitor) {
        Optional<String> refusal = refusal(entry, seen);
        if (refusal.isPresent()) {
            visitor.refused(entry, refusal.get());
            return;
        }

        FileEntry targetEntry;
        try {
            targetEntry = index.take(entry.name()).orElse(null);
        } catch (LbShareException e) {
            // Only a folder too large to index stats each name; one failed stat skips one entry.
            visitor.failed(entry.path(), e);
            return;
        }
        if (entry.isFile()) {
            visitor.file(directory, entry, targetEntry);
        } else if (visitor.subdirectory(directory, entry, targetEntry)) {
            children.add(new DirNode(entry.path(), directory, entry.lastModified(), targetEntry));
        }
    }

    private Optional<String> refusal(FileEntry entry, Map<String, String> seen) {
        if (entry.type() == FileEntry.Type.OTHER) {
            return Optional.of("symbolic link or special file; only files and folders are copied");
        }
        Optional<String> invalid = WindowsNames.check(entry.name());
        if (invalid.isPresent()) {
            return invalid;
        }
        if (TempNames.isTemporary(entry.name())) {
            return Optional.of("name has the shape of lbkit's temporary files (*.<12 hex digits>"
                    + TempNames.SUFFIX + ")");
        }
        int length = targetBaseLength + entry.path().length();
        if (length > maxPathLength) {
            return Optional.of("path on the target would be " + length + " characters, over the limit of "
                    + maxPathLength);
        }
        return caseCollision(entry, seen);
    }

    /** Refuses a name that differs from an earlier one of the same folder only in case. */
    private static Optional<String> caseCollision(FileEntry entry, Map<String, String> seen) {
        if (seen.size() >= TargetIndex.MAX_ENTRIES) {
            return Optional.empty();
        }
        String earlier = seen.putIfAbsent(entry.name().toLowerCase(Locale.ROOT), entry.name());
        if (earlier == null) {
            return Optional.empty();
        }
        return Optional.of("name differs from '" + earlier + "' only in case, and Windows treats both as"
                + " the same name");
    }

    /** Returns the source root's entry, failing when it is missing or not a folder. */
    static FileEntry sourceRoot(FileTree source) {
        FileEntry root = source.stat("").orElseThrow(() -> new LbShareException(ShareFailure.NOT_FOUND,
                source.location(), "reading the migration source", null));
        if (!root.isDirectory()) {
            throw new LbShareException(ShareFailure.NOT_A_DIRECTORY, source.location(),
                    "reading the migration source", null);
        }
        return root;
    }
}
