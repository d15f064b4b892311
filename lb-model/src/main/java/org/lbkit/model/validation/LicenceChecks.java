package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.Licence;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;

/**
 * Checks that every node has a licence for the same modules and the same number of accounts.
 * A node's effective licence is its own, else the cluster's.
 */
final class LicenceChecks {

    private LicenceChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(LicenceChecks::licences);
    }

    private static List<Finding> licences(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        boolean anyKnown = cluster.nodes().stream().anyMatch(node -> cluster.licenceOf(node).isPresent());
        if (!anyKnown) {
            if (!cluster.nodes().isEmpty()) {
                findings.add(Finding.of("licence-unknown", Severity.INFO, "licence", "no licence is given for the"
                        + " cluster or any node, so lbkit cannot check that all nodes hold the same licence",
                        "set licence (modules and accounts) on the cluster, or on each node"));
            }
            return findings;
        }

        Optional<Integer> reference = Optional.empty();
        for (int i = 0; i < cluster.nodes().size(); i++) {
            Node node = cluster.nodes().get(i);
            Optional<Licence> licence = cluster.licenceOf(node);
            if (licence.isEmpty()) {
                findings.add(Finding.of("licence-unknown", Severity.INFO, NodePaths.path(i, "licence"),
                        NodePaths.label(i, node) + " has no licence and the cluster gives none, so lbkit cannot"
                                + " compare it with the others", "set licence on this node or on the cluster"));
            } else if (reference.isEmpty()) {
                reference = Optional.of(i);
            } else {
                Node first = cluster.nodes().get(reference.get());
                Licence expected = cluster.licenceOf(first).orElseThrow();
                if (!expected.equals(licence.get())) {
                    findings.add(Finding.of("licence-mismatch", Severity.ERROR, NodePaths.path(i, "licence"),
                            NodePaths.label(i, node) + " holds " + describe(licence.get()) + " but "
                                    + NodePaths.label(reference.get(), first) + " holds " + describe(expected)
                                    + "; every node must hold a licence for the same modules and accounts",
                            "license the same modules and number of accounts on every node"));
                }
            }
        }
        return findings;
    }

    private static String describe(Licence licence) {
        return licence.accounts() + " accounts with modules " + licence.modules();
    }
}
