package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ClusterTest {

    static Cluster guideCluster() {
        return TestClusters.guide();
    }

    @Test
    void build_guideExample_hasOneMasterAndTwoSlaves() {
        Cluster cluster = guideCluster();

        assertThat(cluster.master()).map(Node::name).contains("server1");
        assertThat(cluster.slaves()).extracting(Node::name).containsExactly("server2", "server3");
        assertThat(cluster.share().folders().mail()).isEqualTo("mail");
        assertThat(cluster.databases().name(DatabaseRole.ACCOUNTS)).isEqualTo("iw_accounts");
    }

    @Test
    void build_missingShare_throwsValidationNamingAttribute() {
        assertThatThrownBy(() -> Cluster.builder().name("x").build())
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("share");
    }

    @Test
    void toString_inlinePasswords_areMasked() {
        assertThat(guideCluster().toString()).doesNotContain("icewarppwd").doesNotContain("dbpw");
    }

    @Test
    void validate_guideExample_hasNoErrors() {
        assertThat(guideCluster().validate().errors()).isEmpty();
    }
}
