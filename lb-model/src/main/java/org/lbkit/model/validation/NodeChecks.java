package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseAccess;
import org.lbkit.model.Finding;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.Severity;
import org.lbkit.model.internal.Characters;

/**
 * Checks each node on its own: how many there are, which is master, its server ID, server name
 * and address, and the settings that depend on its platform.
 */
final class NodeChecks {

    /** Characters a file name cannot hold on Windows; IceWarp prefixes file names with the server ID. */
    private static final String FILE_NAME_FORBIDDEN = "<>:\"/\\|?*";

    private NodeChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(NodeChecks::nodeCount, NodeChecks::singleMaster, perNode(NodeChecks::serverId),
                perNode(NodeChecks::serverName), perNode(NodeChecks::address), perNode(NodeChecks::platform));
    }

    /** Checks one node; the index gives its place in the cluster's list. */
    @FunctionalInterface
    interface NodeCheck {

        void check(int index, Node node, List<Finding> findings);
    }

    static ClusterCheck perNode(NodeCheck check) {
        return cluster -> {
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < cluster.nodes().size(); i++) {
                check.check(i, cluster.nodes().get(i), findings);
            }
            return findings;
        };
    }

    private static List<Finding> nodeCount(Cluster cluster) {
        int count = cluster.nodes().size();
        if (count >= 2) {
            return List.of();
        }
        return List.of(Finding.of("min-two-nodes", Severity.ERROR, "nodes",
                "the cluster has " + count + " node(s); a load-balanced cluster needs at least two",
                "add a second IceWarp server under nodes"));
    }

    private static List<Finding> singleMaster(Cluster cluster) {
        List<String> masters = new ArrayList<>();
        String secondMasterPath = "nodes";
        for (int i = 0; i < cluster.nodes().size(); i++) {
            Node node = cluster.nodes().get(i);
            if (node.isMaster()) {
                masters.add(NodePaths.label(i, node));
                secondMasterPath = masters.size() == 2 ? NodePaths.path(i, "master") : secondMasterPath;
            }
        }
        if (masters.size() == 1 || cluster.nodes().isEmpty()) {
            return List.of();
        }
        String message = masters.isEmpty()
                ? "no node is master"
                : masters.size() + " nodes are master: " + String.join(", ", masters);
        return List.of(Finding.of("single-master", Severity.ERROR, secondMasterPath, message,
                "set master: true on exactly one node; the others become slaves"));
    }

    private static void serverId(int index, Node node, List<Finding> findings) {
        String id = node.id();
        String path = NodePaths.path(index, "id");
        String label = NodePaths.label(index, node);
        if (id.isEmpty()) {
            findings.add(Finding.of("server-id-empty", Severity.ERROR, path, "the server ID of " + label
                    + " is empty; IceWarp prefixes message and log file names with it",
                    "give the node a one- or two-character ID, such as '" + (index + 1) + "'"));
            return;
        }
        if (id.codePointCount(0, id.length()) > 2) {
            findings.add(Finding.of("server-id-length", Severity.ERROR, path, "the server ID "
                    + Characters.quote(id) + " of " + label + " has " + id.codePointCount(0, id.length())
                    + " characters; IceWarp allows at most two", "shorten it to one or two characters, digits"
                    + " recommended, such as '" + (index + 1) + "'"));
        }
        Optional<String> forbidden = forbiddenInFileName(id);
        if (forbidden.isPresent()) {
            findings.add(Finding.of("server-id-characters", Severity.ERROR, path, "the server ID "
                    + Characters.quote(id) + " of " + label + " contains " + forbidden.get()
                    + ", which cannot start a file name", "use digits or letters only"));
        } else if (!id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            findings.add(Finding.of("server-id-not-digits", Severity.WARNING, path, "the server ID "
                    + Characters.quote(id) + " of " + label + " is not made of digits, which IceWarp recommends",
                    "use one or two digits, such as '" + (index + 1) + "'"));
        }
    }

    private static Optional<String> forbiddenInFileName(String id) {
        return id.codePoints()
                .filter(c -> c < 0x20 || c == 0x7F || Character.isWhitespace(c) || FILE_NAME_FORBIDDEN.indexOf(c) >= 0)
                .mapToObj(Characters::describe)
                .findFirst();
    }

    private static void serverName(int index, Node node, List<Finding> findings) {
        String path = NodePaths.path(index, "name");
        if (node.name().isBlank()) {
            findings.add(Finding.of("server-name-empty", Severity.ERROR, path, "the server name of "
                    + NodePaths.label(index, node) + " is empty; IceWarp uses it in protocols such as SMTP",
                    "set the node's host name, such as server" + (index + 1) + ".example.com"));
            return;
        }
        Hosts.problem(node.name()).ifPresent(problem -> findings.add(Finding.of("server-name-invalid",
                Severity.WARNING, path, "the server name of " + NodePaths.label(index, node)
                        + " is not a host name, which protocols such as SMTP expect: " + problem,
                "use the node's DNS name")));
    }

    private static void address(int index, Node node, List<Finding> findings) {
        String address = node.address();
        String path = NodePaths.path(index, "address");
        String label = NodePaths.label(index, node);
        Optional<String> problem = Hosts.problem(address);
        if (problem.isPresent()) {
            findings.add(Finding.of("node-address-invalid", Severity.ERROR, path, "the address of " + label
                    + " is not an IPv4 address, IPv6 address or DNS name: " + problem.get(),
                    "write the address the other nodes reach this node at, such as 192.168.100.84"));
        } else if (Hosts.isLoopback(address)) {
            findings.add(Finding.of("node-address-loopback", Severity.ERROR, path, "the address "
                    + Characters.quote(address) + " of " + label + " is a loopback address, which the other"
                    + " nodes cannot reach", "write the node's network address"));
        } else if (Hosts.isUnspecified(address)) {
            findings.add(Finding.of("node-address-unspecified", Severity.ERROR, path, "the address "
                    + Characters.quote(address) + " of " + label + " is the unspecified address, which names"
                    + " no machine", "write the node's network address"));
        }
    }

    private static void platform(int index, Node node, List<Finding> findings) {
        String label = NodePaths.label(index, node);
        if (node.platform() == Platform.LINUX && node.shareMount().isEmpty()) {
            findings.add(Finding.of("share-mount-missing", Severity.ERROR, NodePaths.path(index, "shareMount"),
                    label + " runs Linux but has no shareMount; IceWarp on Linux reaches the share through"
                            + " a local mount point", "mount the share root on the node and set shareMount,"
                            + " such as /mnt/icewarp/"));
        }
        node.shareMount()
                .filter(mount -> node.platform() == Platform.LINUX && !LocalPaths.isAbsolute(mount, Platform.LINUX))
                .ifPresent(mount -> findings.add(Finding.of("share-mount-not-absolute", Severity.ERROR,
                        NodePaths.path(index, "shareMount"), "the shareMount " + Characters.quote(mount) + " of "
                                + label + " is not an absolute Linux path", "write it from the root, such as"
                                + " /mnt/icewarp/")));
        if (node.platform() == Platform.LINUX && node.databaseAccess() == DatabaseAccess.ODBC) {
            findings.add(Finding.of("odbc-on-linux", Severity.ERROR, NodePaths.path(index, "databaseAccess"),
                    label + " runs Linux with databaseAccess odbc; lbkit creates ODBC DSNs on Windows only",
                    "use databaseAccess mysql-client on Linux nodes"));
        }
    }
}
