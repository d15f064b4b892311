package org.lbkit.share.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.lbkit.model.ShareFolders;
import org.lbkit.share.FileEntry;
import org.lbkit.share.FileTree;

/**
 * Enforces the guide's rule that configuration, anti-spam and groupware data are copied from the
 * first configured server only: a migration into a shared configuration folder that already holds
 * files is blocked unless the user allows it explicitly. A folder counts as such when the target
 * root is named like one, or when the target root has one that the source also has.
 */
public final class ConfigGuard {

    private ConfigGuard() {
    }

    /**
     * Lists the non-empty shared configuration folders the migration would write into.
     *
     * @param source the source tree
     * @param target the target tree
     * @param folders the layout's folder names
     * @return one message per blocking folder, empty when nothing blocks
     */
    public static List<String> blockers(FileTree source, FileTree target, ShareFolders folders) {
        Set<String> shared = Set.of(folders.config(), folders.spam(), folders.calendar());
        List<String> blockers = new ArrayList<>();
        if (shared.contains(target.name())) {
            check(target, "").ifPresent(blockers::add);
            return blockers;
        }
        for (String name : shared) {
            boolean sourceHas = source.stat(name).map(FileEntry::isDirectory).orElse(false);
            boolean targetHas = target.stat("").isPresent()
                    && target.stat(name).map(FileEntry::isDirectory).orElse(false);
            if (sourceHas && targetHas) {
                check(target, name).ifPresent(blockers::add);
            }
        }
        return blockers;
    }

    private static Optional<String> check(FileTree target, String path) {
        if (target.stat(path).isEmpty()) {
            return Optional.empty();
        }
        try (Stream<FileEntry> entries = target.list(path)) {
            boolean filled = entries.anyMatch(e -> !TempNames.isTemporary(e.name()));
            if (!filled) {
                return Optional.empty();
            }
        }
        return Optional.of("the shared configuration folder " + target.location(path) + " already contains"
                + " files, and the guide copies config, spam and calendar from the first configured server"
                + " only; call allowNonEmptyConfigTarget(true) to merge into it anyway");
    }
}
