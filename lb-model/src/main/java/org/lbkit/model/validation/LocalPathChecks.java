package org.lbkit.model.validation;

import java.util.List;
import java.util.Optional;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.Severity;
import org.lbkit.model.UncPath;
import org.lbkit.model.internal.Characters;

/**
 * Checks the folders each node keeps for itself: the temporary and logs folders must be local,
 * not on the share nor any other network path, and ideally outside {@code Program Files}; every
 * local folder must be an absolute path of the node's platform.
 */
final class LocalPathChecks {

    private LocalPathChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(cluster -> perNode(cluster, "tempPath", "temp", "temporary folder"),
                cluster -> perNode(cluster, "logsPath", "logs", "logs folder"),
                cluster -> perNode(cluster, "installPath", null, "installation folder"));
    }

    private static List<Finding> perNode(Cluster cluster, String key, String rulePrefix, String folderKind) {
        Optional<UncPath> root = LocalPaths.unc(cluster.share().root());
        return NodeChecks.perNode((index, node, findings) -> {
            String path = pathOf(node, key);
            String where = NodePaths.path(index, key);
            String label = "the " + folderKind + " " + Characters.quote(path) + " of " + NodePaths.label(index, node);
            Optional<String> share = rulePrefix == null ? Optional.empty() : onShare(node, path, root);
            if (share.isPresent()) {
                findings.add(Finding.of(rulePrefix + "-on-share", Severity.ERROR, where, label + " is "
                        + share.get() + "; each node must keep it on a local disk", "use a local folder such as "
                        + defaultFolder(node, rulePrefix)));
            } else if (!LocalPaths.isAbsolute(path, node.platform())) {
                findings.add(Finding.of("node-path-not-absolute", Severity.ERROR, where, label + " is not an"
                        + " absolute " + platformName(node) + " path", node.platform() == Platform.WINDOWS
                        ? "write it with a drive letter, such as C:\\IceWarp\\" : "write it from the root, such as"
                        + " /opt/icewarp/"));
            } else if (rulePrefix != null && node.platform() == Platform.WINDOWS && LocalPaths.isInProgramFiles(path)) {
                findings.add(Finding.of(rulePrefix + "-in-program-files", Severity.INFO, where, label + " lies in"
                        + " Program Files; the guide keeps it outside, where Windows does not restrict writes",
                        "use a folder such as " + defaultFolder(node, rulePrefix)));
            }
        }).check(cluster);
    }

    /** Returns where on the network a folder is, when it is not local. */
    private static Optional<String> onShare(Node node, String path, Optional<UncPath> root) {
        if (LocalPaths.isUnc(path)) {
            boolean inShare = root.isPresent() && LocalPaths.unc(path).map(p -> p.isWithin(root.get())).orElse(false);
            return Optional.of(inShare ? "inside the cluster's share" : "a network path");
        }
        if (node.platform() == Platform.LINUX && node.shareMount().isPresent()
                && LocalPaths.isWithinLinux(path, node.shareMount().get())) {
            return Optional.of("under the node's share mount " + Characters.quote(node.shareMount().get()));
        }
        return Optional.empty();
    }

    private static String pathOf(Node node, String key) {
        switch (key) {
            case "tempPath":
                return node.tempPath();
            case "logsPath":
                return node.logsPath();
            default:
                return node.installPath();
        }
    }

    private static String defaultFolder(Node node, String rulePrefix) {
        return node.platform() == Platform.WINDOWS
                ? "C:\\IceWarp\\" + rulePrefix + "\\"
                : "/opt/icewarp/" + rulePrefix + "/";
    }

    private static String platformName(Node node) {
        return node.platform() == Platform.WINDOWS ? "Windows" : "Linux";
    }
}
