package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.InvalidUncPathException;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;
import org.lbkit.model.Share;
import org.lbkit.model.UncPath;
import org.lbkit.model.internal.Characters;
import org.lbkit.model.internal.KeyPaths;
import org.lbkit.model.internal.WindowsNames;

/**
 * Checks the share: a UNC root that every node can reach, the account that reaches it, and the
 * folder names under the root.
 */
final class ShareChecks {

    private static final String ROOT = "share.root";

    private ShareChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(ShareChecks::root, ShareChecks::folders);
    }

    private static List<Finding> root(Cluster cluster) {
        Share share = cluster.share();
        String text = share.root();
        UncPath root;
        try {
            root = UncPath.parse(text);
        } catch (InvalidUncPathException e) {
            return List.of(Finding.of("share-root-not-unc", Severity.ERROR, ROOT, "the share root "
                    + Characters.quote(text) + " is not a UNC path: " + whyNotUnc(text, e),
                    "write the root as \\\\host\\share\\folder\\, such as \\\\192.168.100.74\\icewarp\\share\\"));
        }

        List<Finding> findings = new ArrayList<>();
        if (Hosts.isLoopback(root.host()) || Hosts.isUnspecified(root.host())) {
            findings.add(Finding.of("share-root-loopback", Severity.ERROR, ROOT, "the share root " + root
                    + " names the host " + root.host() + ", which each node resolves to itself",
                    "use the file server's network name or address"));
        }
        if (root.isAdminShare() && share.domain().isEmpty()) {
            findings.add(Finding.of("admin-share-local-account", Severity.WARNING, ROOT, "the share root " + root
                    + " is on the administrative share " + root.share() + ", reached with the local account "
                    + Characters.quote(share.user()) + "; Windows filters the rights of a local account over the"
                    + " network, so access is denied", "use a domain account (set share.domain), or set the"
                    + " registry value LocalAccountTokenFilterPolicy=1 on the file server, or share a folder"
                    + " under its own name"));
        }
        findings.addAll(hostedOnNode(cluster, root));
        return findings;
    }

    private static String whyNotUnc(String text, InvalidUncPathException e) {
        if (LocalPaths.hasDriveLetter(text)) {
            return "it starts with a drive letter, which exists only on one machine and in one user's session";
        }
        if (text.startsWith("/") && !LocalPaths.isUnc(text)) {
            return "it is a local path";
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("smb://")) {
            return "it is an SMB URL; IceWarp's settings take UNC paths";
        }
        return e.reason();
    }

    private static List<Finding> hostedOnNode(Cluster cluster, UncPath root) {
        String host = Hosts.key(root.host());
        for (int i = 0; i < cluster.nodes().size(); i++) {
            Node node = cluster.nodes().get(i);
            if (Hosts.key(node.address()).equals(host) || node.name().equalsIgnoreCase(root.host())) {
                return List.of(Finding.of("share-on-node", Severity.WARNING, ROOT, "the share root " + root
                        + " is served by " + NodePaths.label(i, node) + "; when that node stops, every node"
                        + " loses its mail and configuration", "serve the share from a file server outside the"
                        + " cluster"));
            }
        }
        return List.of();
    }

    private static List<Finding> folders(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        cluster.share().folders().byKey().forEach((key, name) -> {
            String path = KeyPaths.child("share.folders", key);
            String problem = folderProblem(name);
            if (problem != null) {
                findings.add(Finding.of("share-folder-invalid", Severity.ERROR, path, "the " + key + " folder "
                        + Characters.quote(name) + " is not a folder name under the share root: " + problem,
                        "give a relative folder name, such as " + key.toLowerCase(Locale.ROOT)));
                return;
            }
            String other = seen.putIfAbsent(normalise(name), key);
            if (other != null) {
                findings.add(Finding.of("share-folder-duplicate", Severity.ERROR, path, "the " + key + " folder "
                        + Characters.quote(name) + " is the same folder as the " + other + " folder; IceWarp would"
                        + " mix their files", "give each kind of data its own folder"));
            }
        });
        return findings;
    }

    /** Returns why a folder name is not a relative path of valid Windows names, or {@code null}. */
    private static String folderProblem(String name) {
        if (LocalPaths.isUnc(name)) {
            return "it is a UNC path; give only the name of the folder under the root";
        }
        if (LocalPaths.hasDriveLetter(name)) {
            return "it starts with a drive letter; give only the name of the folder under the root";
        }
        if (name.startsWith("\\") || name.startsWith("/")) {
            return "it is an absolute path; give only the name of the folder under the root";
        }
        for (String segment : trimSeparator(name).split("[\\\\/]", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "it contains '" + segment + "'";
            }
            String problem = WindowsNames.segmentProblem(segment);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String normalise(String name) {
        return trimSeparator(name).replace('/', '\\').toLowerCase(Locale.ROOT);
    }

    private static String trimSeparator(String name) {
        return name.endsWith("\\") || name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
