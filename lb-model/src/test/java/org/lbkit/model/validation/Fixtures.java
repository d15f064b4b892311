package org.lbkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.lbkit.model.Cluster;
import org.lbkit.model.Databases;
import org.lbkit.model.Finding;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;
import org.lbkit.model.Share;
import org.lbkit.model.TestClusters;

/** The guide's cluster with one thing changed, and assertions on the findings of one rule. */
final class Fixtures {

    private Fixtures() {
    }

    static Cluster guide() {
        return TestClusters.guide();
    }

    static Cluster cluster(UnaryOperator<Cluster.Builder> change) {
        return change.apply(Cluster.builder().from(guide())).build();
    }

    static Cluster node(int index, UnaryOperator<Node.Builder> change) {
        List<Node> nodes = new ArrayList<>(guide().nodes());
        nodes.set(index, change.apply(Node.builder().from(nodes.get(index))).build());
        return cluster(c -> c.nodes(nodes));
    }

    static Cluster share(UnaryOperator<Share.Builder> change) {
        return cluster(c -> c.share(change.apply(Share.builder().from(guide().share())).build()));
    }

    static Cluster databases(UnaryOperator<Databases.Builder> change) {
        return cluster(c -> c.databases(change.apply(Databases.builder().from(guide().databases())).build()));
    }

    /**
     * Asserts that a cluster has exactly one finding of a rule, with the severity and path given,
     * a message naming every value given, and a fix.
     */
    static Finding assertFinding(Cluster cluster, String rule, Severity severity, String path, String... values) {
        List<Finding> findings = cluster.validate().findings(rule);

        assertThat(findings).as("findings of rule %s", rule).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.severity()).isEqualTo(severity);
        assertThat(finding.path()).isEqualTo(path);
        assertThat(finding.message()).contains(values);
        assertThat(finding.fix()).isNotBlank();
        return finding;
    }

    /** Asserts that a cluster has no finding of a rule. */
    static void assertNoFinding(Cluster cluster, String rule) {
        assertThat(cluster.validate().findings(rule)).as("findings of rule %s", rule).isEmpty();
    }
}
