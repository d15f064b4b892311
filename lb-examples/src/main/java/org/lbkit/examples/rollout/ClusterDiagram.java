package org.lbkit.examples.rollout;

import java.util.List;

import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.MailService;
import org.lbkit.model.Node;

/**
 * Draws a cluster as a Mermaid flowchart: clients, the load balancer with its services, the nodes
 * with their roles, the database server with its databases, and the share with its folders.
 * GitHub, GitLab and most Markdown viewers render the text as a picture.
 */
public final class ClusterDiagram {

    private ClusterDiagram() {
    }

    /**
     * Returns the Mermaid text of a cluster.
     *
     * @param cluster the cluster
     * @return the diagram, starting with {@code flowchart TB}
     */
    public static String mermaid(Cluster cluster) {
        StringBuilder text = new StringBuilder("flowchart TB\n");
        text.append("    clients([Mail, web and mobile clients])\n");
        text.append("    lb{{\"Load balancer").append(balancerLabel(cluster)).append("\"}}\n");
        text.append("    clients --> lb\n");
        appendNodes(cluster, text);
        appendDatabases(cluster, text);
        appendShare(cluster, text);
        return text.toString();
    }

    /**
     * Returns a Markdown page holding the Mermaid diagram in a fenced block.
     *
     * @param cluster the cluster
     * @return the page
     */
    public static String markdown(Cluster cluster) {
        return "# Cluster " + cluster.name() + "\n\n```mermaid\n" + mermaid(cluster) + "```\n";
    }

    private static String balancerLabel(Cluster cluster) {
        StringBuilder label = new StringBuilder();
        cluster.loadBalancer().name().ifPresent(name -> label.append("<br/>").append(escape(name)));
        cluster.loadBalancer().address().ifPresent(address -> label.append("<br/>").append(escape(address)));
        for (MailService service : MailService.values()) {
            List<Integer> ports = cluster.loadBalancer().services().get(service);
            if (ports != null && !ports.isEmpty()) {
                label.append("<br/>").append(service).append(' ').append(ports);
            }
        }
        return label.toString();
    }

    private static void appendNodes(Cluster cluster, StringBuilder text) {
        for (int i = 0; i < cluster.nodes().size(); i++) {
            Node node = cluster.nodes().get(i);
            String role = node.isMaster() ? "master (backup in the balancer)" : "slave";
            text.append("    n").append(i).append("[\"").append(escape(node.name()))
                    .append("<br/>ID ").append(escape(node.id()))
                    .append(" · ").append(escape(node.address()))
                    .append("<br/>").append(role).append(" · ").append(node.platform()).append("\"]\n");
            text.append("    lb ").append(node.isMaster() ? "-.->" : "-->").append(" n").append(i).append('\n');
            text.append("    n").append(i).append(" --> db\n");
            text.append("    n").append(i).append(" --> share\n");
        }
    }

    private static void appendDatabases(Cluster cluster, StringBuilder text) {
        text.append("    db[(\"Database server<br/>").append(escape(cluster.databases().server().toString()));
        for (DatabaseRole role : DatabaseRole.values()) {
            text.append("<br/>").append(escape(cluster.databases().name(role)))
                    .append(" (").append(cluster.databases().storage(role)).append(')');
        }
        text.append("\")]\n");
        cluster.databases().backup().ifPresent(backup ->
                text.append("    dbb[(\"Backup database server<br/>").append(escape(backup.toString()))
                        .append("\")]\n    db -.-> dbb\n"));
    }

    private static void appendShare(Cluster cluster, StringBuilder text) {
        text.append("    share[/\"Share ").append(escape(cluster.share().root()))
                .append("<br/>account ").append(escape(cluster.share().qualifiedUser()));
        for (String folder : cluster.share().folders().byKey().values()) {
            text.append("<br/>").append(escape(folder)).append("/");
        }
        text.append("\"/]\n");
    }

    /** Escapes the characters that end a quoted Mermaid label or start markup. */
    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\\", "&#92;");
    }
}
