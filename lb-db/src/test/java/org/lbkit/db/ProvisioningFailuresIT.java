package org.lbkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lbkit.db.LbDatabaseException.Kind;
import org.lbkit.db.testing.MariaDbExtension;
import org.lbkit.db.testing.MariaDbServer;
import org.lbkit.model.Cluster;
import org.lbkit.model.Secret;

final class ProvisioningFailuresIT {

    @RegisterExtension
    static final MariaDbExtension MARIADB = new MariaDbExtension();

    private MariaDbServer server;

    @BeforeEach
    void findServer() {
        server = MARIADB.server();
    }

    @Test
    void apply_wrongAdminPassword_throwsAuthenticationFailed() {
        DatabaseProvisioner provisioner = DatabaseProvisioner.builder().jdbcUrl(server.jdbcUrl())
                .adminUser(server.adminUser()).adminPassword(Secret.of("wrong-admin-pw")).sslMode(SslMode.DISABLED)
                .build();

        assertThatThrownBy(() -> provisioner.apply(TestClusters.guide(server).build()))
                .isInstanceOfSatisfying(LbDatabaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION_FAILED);
                    assertThat(e.sqlState()).contains("28000");
                    assertThat(e.vendorCode()).hasValue(1045);
                    assertThat(e.jdbcUrl()).isEqualTo(server.jdbcUrl());
                    assertThat(e.getMessage()).contains(server.jdbcUrl(), "lbadmin").doesNotContain("wrong-admin-pw");
                });
    }

    @Test
    void apply_closedPort_throwsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closedPort = socket.getLocalPort();
        }
        DatabaseProvisioner provisioner = DatabaseProvisioner.builder()
                .jdbcUrl("jdbc:mysql://127.0.0.1:" + closedPort + "/")
                .adminUser("root").adminPassword(Secret.of("unused-pw")).connectTimeout(Duration.ofSeconds(2))
                .build();

        assertThatThrownBy(() -> provisioner.plan(TestClusters.guide(server).build()))
                .isInstanceOfSatisfying(LbDatabaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort, "Connection refused");
                });
    }

    @Test
    void apply_adminWithoutGrantOption_throwsMissingPrivileges() {
        server.executeAsRoot("CREATE USER 'weak'@'127.0.0.1' IDENTIFIED BY 'weak-pw';"
                + " GRANT ALL PRIVILEGES ON *.* TO 'weak'@'127.0.0.1';");
        DatabaseProvisioner provisioner = DatabaseProvisioner.builder().jdbcUrl(server.jdbcUrl())
                .adminUser("weak").adminPassword(Secret.of("weak-pw")).sslMode(SslMode.DISABLED).build();

        assertThatThrownBy(() -> provisioner.apply(TestClusters.guide(server).build()))
                .isInstanceOfSatisfying(LbDatabaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MISSING_PRIVILEGES);
                    assertThat(e.getMessage()).contains("GRANT OPTION", "'weak'@'127.0.0.1'");
                });
        assertThat(server.executeAsRoot("SELECT COUNT(*) FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME LIKE 'iw%'")).isEqualTo("0\n");
    }

    @Test
    void apply_lockHeldElsewhere_throwsLockTimeout() throws Exception {
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).lockTimeout(Duration.ofSeconds(1)).build();

        try (Connection other = TestClusters.login("127.0.0.1", server.port(), server.adminUser(),
                server.adminPassword().reveal()); Statement statement = other.createStatement();
                ResultSet acquired = statement.executeQuery("SELECT GET_LOCK('lbkit.database-provisioning', 0)")) {
            acquired.next();
            assertThat(acquired.getInt(1)).isEqualTo(1);

            assertThatThrownBy(() -> provisioner.apply(TestClusters.guide(server).build()))
                    .isInstanceOfSatisfying(LbDatabaseException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.LOCK_TIMEOUT));
        }
    }

    @Test
    void apply_statementRejected_reportsFailedStep() {
        Cluster cluster = TestClusters.guide(server)
                .databases(TestClusters.databases(server).user("u".repeat(200)).build())
                .build();

        ProvisioningReport report = TestClusters.provisioner(server).build().apply(cluster);

        assertThat(report.isSuccessful()).isFalse();
        assertThat(report.results(StepStatus.APPLIED)).hasSize(7);
        StepResult failed = report.results(StepStatus.FAILED).get(0);
        assertThat(failed.step().kind()).isEqualTo(StepKind.CREATE_USER);
        assertThat(failed.sqlState()).isPresent();
        assertThat(failed.vendorCode()).isPresent();
        assertThat(failed.error().orElseThrow()).doesNotContain(TestClusters.CLUSTER_PASSWORD);
        assertThat(report.results(StepStatus.NOT_RUN)).hasSize(2 + 21);
        assertThatThrownBy(report::requireSuccess)
                .isInstanceOfSatisfying(LbDatabaseException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.STATEMENT_FAILED));
    }
}
