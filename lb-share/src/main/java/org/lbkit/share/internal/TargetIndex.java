package org.lbkit.share.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.lbkit.share.FileEntry;
import org.lbkit.share.FileTree;
import org.lbkit.share.TreeKind;

/**
 * The entries of one target folder, read with a single listing so that comparing a folder of
 * files costs one request instead of one per file. Above {@link #MAX_ENTRIES} entries the index
 * stops keeping them, to bound memory, and falls back to one stat per lookup. SMB names are
 * matched without regard to case, as Windows and Samba do.
 */
final class TargetIndex {

    /** Entries kept per folder; at roughly 200 bytes each this bounds an index to about 20 MB. */
    static final int MAX_ENTRIES = 100_000;

    private final FileTree tree;
    private final String directory;
    private final boolean ignoreCase;
    private final Map<String, FileEntry> entries;
    private final List<FileEntry> temporaries;
    private final boolean complete;

    private TargetIndex(FileTree tree, String directory, Map<String, FileEntry> entries,
            List<FileEntry> temporaries, boolean complete) {
        this.tree = tree;
        this.directory = directory;
        this.ignoreCase = tree.kind() == TreeKind.SMB;
        this.entries = entries;
        this.temporaries = temporaries;
        this.complete = complete;
    }

    /** Returns the index of a folder that does not exist on the target. */
    static TargetIndex missing(FileTree tree, String directory) {
        return new TargetIndex(tree, directory, new HashMap<>(), List.of(), true);
    }

    /** Lists a target folder and indexes its entries. */
    static TargetIndex load(FileTree tree, String directory) {
        boolean ignoreCase = tree.kind() == TreeKind.SMB;
        Map<String, FileEntry> entries = new HashMap<>();
        List<FileEntry> temporaries = new ArrayList<>();
        boolean complete = true;
        try (Stream<FileEntry> listing = tree.list(directory)) {
            for (FileEntry entry : (Iterable<FileEntry>) listing::iterator) {
                if (entry.isFile() && TempNames.isTemporary(entry.name())) {
                    temporaries.add(entry);
                } else if (entries.size() < MAX_ENTRIES) {
                    entries.put(key(entry.name(), ignoreCase), entry);
                } else {
                    complete = false;
                }
            }
        }
        return new TargetIndex(tree, directory, entries, temporaries, complete);
    }

    private static String key(String name, boolean ignoreCase) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * Returns the target entry of a name, and forgets it so that {@link #unmatched()} lists only
     * the entries no source name claimed.
     */
    Optional<FileEntry> take(String name) {
        FileEntry entry = entries.remove(key(name, ignoreCase));
        if (entry != null || complete) {
            return Optional.ofNullable(entry);
        }
        return tree.stat(TreePaths.join(directory, name));
    }

    /** Returns the temporary files of interrupted migrations found in the folder. */
    List<FileEntry> temporaries() {
        return temporaries;
    }

    /** Returns whether every entry of the folder was indexed. */
    boolean complete() {
        return complete;
    }

    /** Returns the entries that no {@link #take} claimed. */
    Iterable<FileEntry> unmatched() {
        return entries.values();
    }

    /** Returns whether the folder has entries other than temporary files. */
    boolean hasEntries() {
        return !entries.isEmpty() || !complete;
    }
}
