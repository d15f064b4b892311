package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Databases;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;

final class ClusterTargetsTest {

    private static Cluster.Builder cluster(Databases databases) {
        return Cluster.builder().name("mail")
                .share(Share.builder().root("\\\\fs\\icewarp\\").user("IceWarp").password(Secret.of("x")).build())
                .databases(databases)
                .addNodes(Node.master("1", "server1", "192.168.100.83"), Node.slave("2", "server2", "192.168.100.84"),
                        Node.slave("3", "server3", "192.168.100.83"));
    }

    private static Databases.Builder databases() {
        return Databases.builder().server(DatabaseServer.of("192.168.100.80")).user("icewarp")
                .password(Secret.of("pw"));
    }

    @Test
    void of_sharedDatabaseAndRepeatedAddress_areListedOnce() {
        ClusterTargets targets = ClusterTargets.of(cluster(databases()
                .putNames(DatabaseRole.WEBCLIENT_CACHE, "iw_shared").putNames(DatabaseRole.SPAM_REPORTS, "iw_shared")
                .build()).build());

        assertThat(targets.databases()).hasSize(6);
        assertThat(targets.databases().get("iw_shared"))
                .containsExactly(DatabaseRole.WEBCLIENT_CACHE, DatabaseRole.SPAM_REPORTS);
        assertThat(targets.hosts()).containsOnlyKeys("192.168.100.83", "192.168.100.84");
        assertThat(targets.nodesAt("192.168.100.83")).isEqualTo("server1, server3");
    }

    @Test
    void of_sqliteRole_isSkipped() {
        ClusterTargets targets = ClusterTargets.of(cluster(databases()
                .putStorages(DatabaseRole.WEBCLIENT_CACHE, DatabaseStorage.SQLITE).build()).build());

        assertThat(targets.skippedRoles()).hasSize(1);
        assertThat(targets.databases()).doesNotContainKey("iw_webclient");
    }

    @Test
    void of_invalidNamesAndAddresses_areAllReportedAtOnce() {
        Cluster bad = cluster(databases().putNames(DatabaseRole.ACCOUNTS, "iw.accounts")
                .putNames(DatabaseRole.GROUPWARE, "x".repeat(65)).password(Secret.of("")).build())
                .nodes(List.of(Node.master("1", "server1", "10.0.0.%"))).build();

        assertThatThrownBy(() -> ClusterTargets.of(bad))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("'iw.accounts'")
                .hasMessageContaining("longer than 64")
                .hasMessageContaining("10.0.0.%")
                .hasMessageContaining("password is empty");
    }

    @Test
    void databaseNameProblem_dashAndUnderscore_areFine() {
        assertThat(ClusterTargets.databaseNameProblem("iw-accounts")).isNull();
        assertThat(ClusterTargets.databaseNameProblem("iw_gw")).isNull();
        assertThat(ClusterTargets.databaseNameProblem("iw gw ")).contains("space");
        assertThat(ClusterTargets.databaseNameProblem("a/b")).contains("'/'");
    }
}
