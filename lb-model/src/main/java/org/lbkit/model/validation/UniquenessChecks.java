package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;
import org.lbkit.model.internal.Characters;

/**
 * Checks that server IDs, server names and addresses differ between nodes. IDs and names are
 * compared ignoring case, because Windows file names and DNS names ignore it; addresses are
 * compared after normalising case and IPv6 forms.
 */
final class UniquenessChecks {

    private UniquenessChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(
                unique("unique-server-id", "id", "server ID", Node::id, id -> id.toLowerCase(Locale.ROOT),
                        "give every node its own ID; IceWarp prefixes message and log file names with it"),
                unique("unique-server-name", "name", "server name", Node::name, name -> name.toLowerCase(Locale.ROOT),
                        "give every node its own server name"),
                unique("unique-address", "address", "address", Node::address, Hosts::key,
                        "give every node its own address"));
    }

    private static ClusterCheck unique(String rule, String key, String what, Function<Node, String> value,
            Function<String, String> comparisonKey, String fix) {
        return cluster -> duplicates(cluster, rule, key, what, value, comparisonKey, fix);
    }

    private static List<Finding> duplicates(Cluster cluster, String rule, String key, String what,
            Function<Node, String> value, Function<String, String> comparisonKey, String fix) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < cluster.nodes().size(); i++) {
            Node node = cluster.nodes().get(i);
            Integer first = firstIndex.putIfAbsent(comparisonKey.apply(value.apply(node)), i);
            if (first != null) {
                Node earlier = cluster.nodes().get(first);
                findings.add(Finding.of(rule, Severity.ERROR, NodePaths.path(i, key), "the " + what + " "
                        + Characters.quote(value.apply(node)) + " of " + NodePaths.label(i, node) + " is the same as"
                        + " that of " + NodePaths.label(first, earlier) + " (" + Characters.quote(value.apply(earlier))
                        + ")", fix));
            }
        }
        return findings;
    }
}
