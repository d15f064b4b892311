package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lbkit.model.Archive;
import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.InvalidUncPathException;
import org.lbkit.model.Severity;
import org.lbkit.model.ShareFolders;
import org.lbkit.model.UncPath;
import org.lbkit.model.internal.Characters;

/**
 * Checks the archive and full-text index settings. An explicit archive or index path must name
 * the layout's folder on the share: the guide creates {@code archives} but its screenshot shows
 * {@code share\archive\}, a folder that does not exist.
 */
final class ArchiveChecks {

    private static final String SUB_FOLDER_FORBIDDEN = "<>:\"\\/|?*";

    private ArchiveChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(ArchiveChecks::archivePath, ArchiveChecks::indexPath, ArchiveChecks::archiveSettings);
    }

    private static List<Finding> archivePath(Cluster cluster) {
        return cluster.archive().path()
                .map(path -> layoutFolder(cluster, "archive", "archive.path", path, ShareFolders::archives))
                .orElse(List.of());
    }

    private static List<Finding> indexPath(Cluster cluster) {
        return cluster.fullTextIndexPath()
                .map(path -> layoutFolder(cluster, "index", "fullTextIndexPath", path, ShareFolders::fullTextIndex))
                .orElse(List.of());
    }

    /** Returns the name under the share root of one folder of the layout. */
    @FunctionalInterface
    private interface FolderName {

        String of(ShareFolders folders);
    }

    private static List<Finding> layoutFolder(Cluster cluster, String rulePrefix, String path, String text,
            FolderName folderName) {
        UncPath configured;
        try {
            configured = UncPath.parse(text);
        } catch (InvalidUncPathException e) {
            return List.of(Finding.of(rulePrefix + "-path-not-unc", Severity.ERROR, path, "the " + rulePrefix
                    + " path " + Characters.quote(text) + " is not a UNC path (" + e.reason() + "); every node"
                    + " must reach it, and a mapped drive letter exists only in one user's session",
                    "leave " + path + " out to use the share's folder, or write its UNC path"));
        }

        Optional<UncPath> expected = LocalPaths.unc(cluster.share().root())
                .flatMap(root -> resolve(root, folderName.of(cluster.share().folders())));
        if (expected.isEmpty() || configured.isSameLocation(expected.get())) {
            // Without a valid root and folder name there is no layout to compare with; ShareChecks
            // reports those.
            return List.of();
        }
        return List.of(Finding.of(rulePrefix + "-path-outside-layout", Severity.ERROR, path, "the " + rulePrefix
                + " path " + configured.toDirectoryString() + " names no folder of the share's layout; the "
                + rulePrefix + " folder is " + expected.get().toDirectoryString(), "set " + path + " to "
                + expected.get().toDirectoryString() + ", or leave it out"));
    }

    private static Optional<UncPath> resolve(UncPath root, String folder) {
        try {
            return Optional.of(root.resolve(folder));
        } catch (InvalidUncPathException e) {
            return Optional.empty();
        }
    }

    private static List<Finding> archiveSettings(Cluster cluster) {
        Archive archive = cluster.archive();
        List<Finding> findings = new ArrayList<>();
        if (!archive.isEnabled()) {
            return findings;
        }
        String pattern = archive.subFolderPattern();
        Optional<String> forbidden = pattern.codePoints()
                .filter(c -> c < 0x20 || SUB_FOLDER_FORBIDDEN.indexOf(c) >= 0)
                .mapToObj(Characters::describe)
                .findFirst();
        if (pattern.isBlank() || forbidden.isPresent()) {
            findings.add(Finding.of("archive-pattern-invalid", Severity.ERROR, "archive.subFolderPattern",
                    "the archive sub-folder pattern " + Characters.quote(pattern)
                            + (forbidden.map(c -> " contains " + c + ", which a folder name cannot hold")
                            .orElse(" is empty")), "use a date pattern such as yyyy-mm, which IceWarp's"
                            + " documentation recommends"));
        }
        if (archive.imapFolder().isBlank()) {
            findings.add(Finding.of("archive-imap-folder-empty", Severity.ERROR, "archive.imapFolder",
                    "archiving is enabled but the IMAP folder users see their archive in is empty",
                    "set archive.imapFolder, such as Archive"));
        }
        return findings;
    }
}
