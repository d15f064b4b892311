package org.lbkit.storage.internal;

import org.lbkit.model.Cluster;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.storage.NodeSettings;

/** Renders the README that lists the order in which an administrator runs a node's files. */
public final class NodeReadme {

    private NodeReadme() {
    }

    /**
     * Renders the README of one node.
     *
     * @param cluster the cluster
     * @param settings the node's settings
     * @return the text, with the node's line ending
     */
    public static String render(Cluster cluster, NodeSettings settings) {
        boolean windows = settings.platform() == Platform.WINDOWS;
        Node first = cluster.nodes().get(0);
        TextBuilder text = new TextBuilder(settings.lineEnding());
        text.line("Node " + Comments.safe(settings.nodeName()) + " (server ID " + Comments.safe(settings.nodeId()) + ", "
                        + (settings.isMaster() ? "master" : "slave") + ", " + settings.platform() + ") of the IceWarp"
                        + " cluster " + Comments.safe(cluster.name()) + ". Rendered by lbkit.",
                "",
                "Run on this node, in this order:");
        int step = 1;
        if (windows) {
            text.line(step++ + ". As administrator: powershell -ExecutionPolicy Bypass -File .\\service-account.ps1",
                    "   It creates or updates a local account with the share account's name and password, adds it",
                    "   to the local Administrators group as the guide asks, and makes the IceWarp services log on",
                    "   as that account, so that they reach the share.");
            text.line(step++ + ". As administrator: powershell -ExecutionPolicy Bypass -File .\\tool.ps1");
        } else {
            text.line(step++ + ". As root: bash tool.sh");
        }
        text.line("   It sets " + settings.apiVariables().size() + " API variables, writes path.dat in "
                + settings.installPath() + " (keeping its other lines, with a backup beside it)"
                + (settings.isMaster() ? ", creates the database tables" : "") + " and restarts the services.",
                "   path.dat in this folder shows the result for a node without a previous path.dat.");
        if (settings.nodeId().equals(first.id())) {
            text.line(step + ". Once every node has run its script: copy this node's config, spam and calendar folders",
                    "   onto the share, overwriting what is there, then restart the services of every node.");
        } else {
            text.line(step + ". Wait until " + Comments.safe(first.name()) + " has copied its configuration onto the"
                    + " share, then restart this node's services.");
        }
        if (!settings.notes().isEmpty()) {
            text.line("", "Still to do by hand:");
            settings.notes().forEach(note -> text.line("- " + Comments.safe(note)));
        }
        text.line("",
                "tool." + (windows ? "ps1, service-account.ps1" : "sh") + (windows ? " and path.dat contain" : " contains")
                        + " passwords and are readable by their owner only; delete them after use.",
                "settings.json lists every value with its source, passwords masked.");
        return text.build();
    }
}
