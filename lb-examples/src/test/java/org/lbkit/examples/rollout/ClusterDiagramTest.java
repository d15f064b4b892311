package org.lbkit.examples.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Databases;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;

final class ClusterDiagramTest {

    private static Cluster cluster() {
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
                        Node.slave("2", "server\"2", "192.168.100.84"))
                .build();
    }

    @Test
    void mermaid_guideCluster_drawsEveryPartOnce() {
        String text = ClusterDiagram.mermaid(cluster());

        assertThat(text).startsWith("flowchart TB\n");
        assertThat(text).contains("lb -.-> n0").contains("lb --> n1");
        assertThat(text).contains("192.168.100.80:3306").contains("iw_accounts (MYSQL)");
        assertThat(text).contains("&#92;&#92;192.168.100.74&#92;icewarp&#92;share&#92;");
        assertThat(text).contains("_yodaidx/");
    }

    @Test
    void mermaid_quoteInNodeName_isEscaped() {
        assertThat(ClusterDiagram.mermaid(cluster())).contains("server&quot;2").doesNotContain("server\"2");
    }

    @Test
    void mermaid_inlinePasswords_neverAppear() {
        assertThat(ClusterDiagram.markdown(cluster())).doesNotContain("icewarppwd").doesNotContain("dbpw");
    }
}
