package org.lbkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.assertNoFinding;
import static org.lbkit.model.validation.Fixtures.cluster;
import static org.lbkit.model.validation.Fixtures.guide;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.Licence;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;

final class LicenceChecksTest {

    private static final Licence CLUSTER_LICENCE = Licence.of(500, "mail", "groupware");

    private static Cluster withSecondNodeLicence(Licence licence, Licence clusterLicence) {
        List<Node> nodes = List.of(guide().nodes().get(0),
                Node.builder().from(guide().nodes().get(1)).licence(licence).build(),
                guide().nodes().get(2));
        return cluster(c -> c.nodes(nodes).licence(Optional.ofNullable(clusterLicence)));
    }

    @Test
    void licence_nodeDiffersFromCluster_isError() {
        assertFinding(withSecondNodeLicence(Licence.of(250, "mail"), CLUSTER_LICENCE), "licence-mismatch",
                Severity.ERROR, "nodes[1].licence", "250 accounts", "500 accounts", "server2");
    }

    @Test
    void licence_sameModulesInOtherOrder_isAccepted() {
        assertNoFinding(withSecondNodeLicence(Licence.of(500, "groupware", "mail"), CLUSTER_LICENCE),
                "licence-mismatch");
    }

    @Test
    void licence_noneGiven_isInfoOnCluster() {
        assertFinding(guide(), "licence-unknown", Severity.INFO, "licence", "no licence");
    }

    @Test
    void licence_givenOnOneNodeOnly_isInfoPerOtherNode() {
        Cluster cluster = withSecondNodeLicence(CLUSTER_LICENCE, null);

        assertThat(cluster.validate().findings("licence-unknown"))
                .extracting(Finding::path)
                .containsExactly("nodes[0].licence", "nodes[2].licence");
    }
}
