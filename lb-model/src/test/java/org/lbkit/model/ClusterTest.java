package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ClusterTest {

    static Cluster guideCluster() {
        return Cluster.builder()
                .name("mail")
                .share(Share.builder()
                        .root("\\\\192.168.100.74\\icewarp\\share\\")
                        .user("IceWarp")
                        .password(Secret.of("icewarppwd"))
                        .build())
                .databases(Databases.builder()
                        .server(DatabaseServer.of("192.168.100.80"))
                        .user("icewarp")
                        .password(Secret.of("dbpw"))
                        .build())
                .addNodes(Node.master("1", "server1", "192.168.100.83"),
                        Node.slave("2", "server2", "192.168.100.84"),
                        Node.slave("3", "server3", "192.168.100.85"))
                .build();
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
