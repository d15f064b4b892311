package org.lbkit.examples.rollout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lbkit.model.Cluster;
import org.lbkit.model.Node;
import org.lbkit.model.ShareFolders;
import org.lbkit.share.FileAction;
import org.lbkit.share.FileOutcome;
import org.lbkit.share.FileTree;
import org.lbkit.share.FileTrees;
import org.lbkit.share.Migration;
import org.lbkit.share.MigrationReport;
import org.lbkit.share.Overwrite;
import org.lbkit.share.TreeComparison;
import org.lbkit.share.Verification;

/**
 * The guide's copy of the first server's data onto the share: mail and archives, then config,
 * spam and calendar, each verified after its copy. Config, spam and calendar come from the first
 * configured server only, so a shared folder that already contains different data is left alone
 * unless the caller chose to overwrite it.
 */
final class MigrationStep {

    static final String TITLE = "Migration";

    private static final List<String> SHARED_SETTINGS = List.of("config", "spam", "calendar");

    private final Cluster cluster;
    private final FileTree shareRoot;
    private final Path source;
    private final boolean overwriteConfig;
    private final Verification verification;
    private final RolloutConsole console;
    private final List<String> details = new ArrayList<>();
    private boolean changed;
    private long filesCopied;
    private long bytesCopied;
    private long filesInPlace;

    MigrationStep(Cluster cluster, FileTree shareRoot, Path source, boolean overwriteConfig,
            Verification verification, RolloutConsole console) {
        this.cluster = cluster;
        this.shareRoot = shareRoot;
        this.source = source;
        this.overwriteConfig = overwriteConfig;
        this.verification = verification;
        this.console = console;
    }

    StepReport run() {
        Node first = cluster.nodes().get(0);
        DatabaseStep.show(console, details, "source: " + first.name() + "'s data in " + source);

        for (Map.Entry<String, String> folder : folderMapping(cluster.share().folders()).entrySet()) {
            Path from = source.resolve(folder.getKey());
            if (folder.getKey().equals("archives") && !cluster.archive().isEnabled()) {
                // The guide copies the old archives only when archiving is enabled.
                DatabaseStep.show(console, details, "archives: archiving is disabled in the cluster, skipped");
                continue;
            }
            if (!Files.isDirectory(from)) {
                DatabaseStep.show(console, details, folder.getKey() + ": no such folder in the source, skipped");
                continue;
            }
            boolean shared = SHARED_SETTINGS.contains(folder.getKey());
            if (!copyAndVerify(folder.getKey(), FileTrees.local(from), shareRoot.subtree(folder.getValue()), shared)) {
                return StepReport.failed(TITLE, "copy or verification of " + folder.getKey() + " failed", details);
            }
        }
        String headline = filesCopied + " files copied (" + String.format("%.1f MiB", bytesCopied / 1048576.0) + "), "
                + filesInPlace + " already in place";
        return new StepReport(TITLE, changed ? StepStatus.CHANGED : StepStatus.UNCHANGED, headline, details,
                List.of());
    }

    /** Maps each source folder of a server to its folder on the share, in the guide's order. */
    static Map<String, String> folderMapping(ShareFolders folders) {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("mail", folders.mail());
        mapping.put("archives", folders.archives());
        mapping.put("config", folders.config());
        mapping.put("spam", folders.spam());
        mapping.put("calendar", folders.calendar());
        return mapping;
    }

    private boolean copyAndVerify(String name, FileTree from, FileTree to, boolean sharedSettings) {
        if (sharedSettings && isFilled(to)) {
            TreeComparison before = migration(from, to).verify();
            if (before.isMatch()) {
                DatabaseStep.show(console, details, name + ": already equal to the source ("
                        + files(before.identicalFiles()) + ")");
                filesInPlace += before.identicalFiles();
                return true;
            }
            if (!overwriteConfig) {
                DatabaseStep.show(console, details, name + ": the shared folder " + to.location()
                        + " already holds other data; the guide copies config, spam and calendar from the"
                        + " first configured server only. Fix: pass --overwrite-config to replace it with "
                        + "the source's files, or empty the folder");
                return false;
            }
        }

        MigrationReport report = copy(name, from, to, sharedSettings);
        if (!report.isComplete()) {
            DatabaseStep.show(console, details, name + ": " + report.summary());
            showProblems(report);
            return false;
        }
        TreeComparison after = migration(from, to).verify();
        DatabaseStep.show(console, details, name + ": " + describe(report) + "; verify: "
                + files(after.identicalFiles()) + " identical" + (after.isMatch() ? "" : ", differences "
                + after.differences()));
        changed |= report.filesCopied() > 0 || report.foldersCreated() > 0;
        filesCopied += report.filesCopied();
        bytesCopied += report.bytesCopied();
        filesInPlace += report.count(FileAction.SKIP_IDENTICAL);
        return after.isMatch();
    }

    private void showProblems(MigrationReport report) {
        for (FileAction action : List.of(FileAction.CONFLICT, FileAction.REFUSE, FileAction.FAIL)) {
            for (FileOutcome outcome : report.samples().getOrDefault(action, List.of())) {
                DatabaseStep.show(console, details, "  " + action + " " + outcome.path() + ": " + outcome.reason());
            }
        }
        if (report.count(FileAction.CONFLICT) > 0) {
            DatabaseStep.show(console, details, "  Fix: the share already holds other versions of these files;"
                    + " nothing was overwritten. Compare them, move the share's copies aside, and run again");
        }
        if (report.count(FileAction.REFUSE) > 0) {
            DatabaseStep.show(console, details, "  Fix: rename the refused files on the source; a Windows share"
                    + " cannot hold their names");
        }
    }

    private MigrationReport copy(String name, FileTree from, FileTree to, boolean sharedSettings) {
        try (RolloutConsole.ProgressDisplay progress = console.progress(name, 0)) {
            Migration migration = migration(from, to).progress(progress);
            if (sharedSettings) {
                migration.allowNonEmptyConfigTarget(overwriteConfig);
                migration.overwrite(overwriteConfig ? Overwrite.ALWAYS : Overwrite.NEVER);
            }
            return migration.run();
        }
    }

    private Migration migration(FileTree from, FileTree to) {
        return Migration.from(from).to(to).verification(verification).folders(cluster.share().folders());
    }

    private static boolean isFilled(FileTree tree) {
        if (tree.stat("").isEmpty()) {
            return false;
        }
        try (var entries = tree.list("")) {
            return entries.findAny().isPresent();
        }
    }

    private static String describe(MigrationReport report) {
        return String.format("%s copied (%.1f MiB, %.1f MiB/s), %d already identical",
                files(report.filesCopied()), report.bytesCopied() / 1048576.0, report.bytesPerSecond() / 1048576.0,
                report.count(FileAction.SKIP_IDENTICAL));
    }

    static String files(long count) {
        return count + (count == 1 ? " file" : " files");
    }
}
