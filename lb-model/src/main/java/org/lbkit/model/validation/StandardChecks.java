package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;

/** The checks behind {@link ClusterValidator#standard()}, in report order. */
final class StandardChecks {

    private StandardChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(StandardChecks::nodeCount, StandardChecks::singleMaster);
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
        for (int i = 0; i < cluster.nodes().size(); i++) {
            Node node = cluster.nodes().get(i);
            if (node.isMaster()) {
                masters.add("nodes[" + i + "] (" + node.name() + ")");
            }
        }
        if (masters.size() == 1) {
            return List.of();
        }
        String message = masters.isEmpty()
                ? "no node is master"
                : masters.size() + " nodes are master: " + String.join(", ", masters);
        return List.of(Finding.of("single-master", Severity.ERROR, "nodes", message,
                "set master: true on exactly one node; the others become slaves"));
    }
}
