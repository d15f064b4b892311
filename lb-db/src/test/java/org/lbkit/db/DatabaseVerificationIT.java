package org.lbkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lbkit.db.testing.MariaDbExtension;
import org.lbkit.db.testing.MariaDbServer;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseStorage;

final class DatabaseVerificationIT {

    @RegisterExtension
    static final MariaDbExtension MARIADB = new MariaDbExtension();

    private MariaDbServer server;

    @BeforeEach
    void findServer() {
        server = MARIADB.server();
    }

    @Test
    void verify_beforeProvisioning_rejectsLogin() {
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();

        assertThatThrownBy(() -> provisioner.verify(TestClusters.local(server).build()))
                .isInstanceOfSatisfying(LbDatabaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LbDatabaseException.Kind.AUTHENTICATION_FAILED);
                    assertThat(e.getMessage()).contains("'icewarp'", "run it on a node")
                            .doesNotContain(TestClusters.CLUSTER_PASSWORD);
                });
    }

    @Test
    void verify_noTablesYet_givesCreateTablesHint() {
        Cluster cluster = TestClusters.local(server).build();
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();
        provisioner.apply(cluster).requireSuccess();

        VerificationReport report = provisioner.verify(cluster);

        assertThat(report.isReady()).isTrue();
        assertThat(report.account()).isEqualTo("icewarp@127.0.0.1");
        RoleVerification accounts = report.role(DatabaseRole.ACCOUNTS);
        assertThat(accounts.present()).isTrue();
        assertThat(accounts.utf8mb4()).isTrue();
        assertThat(accounts.privilegesSufficient()).isTrue();
        assertThat(accounts.icewarpTablesPresent()).isFalse();
        assertThat(accounts.createTablesHint()).hasValueSatisfying(hint -> assertThat(hint)
                .contains("server1", "tool.exe\" create tables 0 \"iw_accounts;icewarp;****;127.0.0.1:"
                        + server.port() + ";3;2\"")
                .doesNotContain(TestClusters.CLUSTER_PASSWORD));
        assertThat(report.role(DatabaseRole.ACTIVESYNC).createTablesHint()).hasValueSatisfying(
                hint -> assertThat(hint).contains("create tables 6"));
        assertThat(report.role(DatabaseRole.WEBCLIENT_CACHE).createTablesHint()).hasValueSatisfying(
                hint -> assertThat(hint).contains("no tool command"));
    }

    @Test
    void verify_afterMetaDataCreated_reportsTables() {
        Cluster cluster = TestClusters.local(server).build();
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();
        provisioner.apply(cluster).requireSuccess();
        assertThat(provisioner.verify(cluster).role(DatabaseRole.ACCOUNTS).icewarpTablesPresent()).isFalse();

        server.executeAsRoot("CREATE TABLE iw_accounts.MetaData (id INT);");
        VerificationReport report = provisioner.verify(cluster);

        assertThat(report.role(DatabaseRole.ACCOUNTS).icewarpTablesPresent()).isTrue();
        assertThat(report.role(DatabaseRole.ACCOUNTS).createTablesHint()).isEmpty();
        assertThat(report.role(DatabaseRole.GROUPWARE).icewarpTablesPresent()).isFalse();
    }

    @Test
    void verify_revokedPrivilege_isReportedMissing() {
        Cluster cluster = TestClusters.local(server).build();
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("REVOKE ALTER ON `iw\\_groupware`.* FROM 'icewarp'@'127.0.0.1';");

        VerificationReport report = provisioner.verify(cluster);

        assertThat(report.isReady()).isFalse();
        assertThat(report.role(DatabaseRole.GROUPWARE).missingPrivileges()).containsExactly(DatabasePrivilege.ALTER);
        assertThat(report.problems()).extracting(RoleVerification::role).containsExactly(DatabaseRole.GROUPWARE);
        assertThat(provisioner.apply(cluster).results(StepStatus.APPLIED)).hasSize(1);
        assertThat(provisioner.verify(cluster).isReady()).isTrue();
    }

    @Test
    void verify_sqliteRole_isSkippedAndJsonSerialises() throws Exception {
        Cluster cluster = TestClusters.local(server)
                .databases(TestClusters.databases(server)
                        .putStorages(DatabaseRole.SPAM_REPORTS, DatabaseStorage.SQLITE).build())
                .build();
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();
        provisioner.apply(cluster).requireSuccess();

        VerificationReport report = provisioner.verify(cluster);
        String json = new ObjectMapper().writeValueAsString(report);

        assertThat(report.role(DatabaseRole.SPAM_REPORTS).skippedReason()).hasValueSatisfying(
                reason -> assertThat(reason).contains("SQLite"));
        assertThat(report.isReady()).isTrue();
        assertThat(json).contains("\"ready\":true", "\"role\":\"SPAM_REPORTS\"", "\"skipped\":")
                .doesNotContain(TestClusters.CLUSTER_PASSWORD);
    }
}
