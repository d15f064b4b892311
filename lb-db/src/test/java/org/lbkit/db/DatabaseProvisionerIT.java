package org.lbkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lbkit.db.testing.MariaDbExtension;
import org.lbkit.db.testing.MariaDbServer;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;

final class DatabaseProvisionerIT {

    @RegisterExtension
    static final MariaDbExtension MARIADB = new MariaDbExtension();

    private MariaDbServer server;

    @BeforeEach
    void findServer() {
        server = MARIADB.server();
    }

    @Test
    void apply_guideThreeNodes_createsEverything() {
        Cluster cluster = TestClusters.guide(server).build();

        ProvisioningReport report = TestClusters.provisioner(server).build().apply(cluster);

        assertThat(report.isSuccessful()).isTrue();
        assertThat(report.results(StepStatus.APPLIED)).hasSize(7 + 3 + 7 * 3);
        assertThat(server.executeAsRoot("SELECT Host FROM mysql.user WHERE User = 'icewarp' ORDER BY Host"))
                .isEqualTo("192.168.100.83\n192.168.100.84\n192.168.100.85\n");
        assertThat(server.executeAsRoot("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'iw_accounts'"))
                .isEqualTo("utf8mb4\tutf8mb4_unicode_ci\n");
        assertThat(server.executeAsRoot("SHOW GRANTS FOR 'icewarp'@'192.168.100.84'"))
                .contains("ON `iw\\\\_groupware`.* TO `icewarp`@`192.168.100.84`");
    }

    @Test
    void apply_secondRun_hasNoAppliedStep() {
        Cluster cluster = TestClusters.guide(server).build();
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();
        provisioner.apply(cluster).requireSuccess();

        ProvisioningReport second = provisioner.apply(cluster);

        assertThat(second.results(StepStatus.APPLIED)).isEmpty();
        assertThat(second.results(StepStatus.UNCHANGED)).hasSize(second.results().size());
        assertThat(provisioner.plan(cluster).isUpToDate()).isTrue();
    }

    @Test
    void plan_freshServer_changesNothing() {
        Cluster cluster = TestClusters.guide(server).build();

        ProvisioningPlan plan = TestClusters.provisioner(server).build().plan(cluster);

        assertThat(plan.pendingSteps()).hasSize(31);
        assertThat(plan.steps().get(0).sql())
                .isEqualTo("CREATE DATABASE IF NOT EXISTS `iw_accounts` CHARACTER SET utf8mb4"
                        + " COLLATE utf8mb4_unicode_ci");
        assertThat(plan.server().flavor()).isEqualTo(ServerFlavor.MARIADB);
        assertThat(server.executeAsRoot("SELECT COUNT(*) FROM mysql.user WHERE User = 'icewarp'")).isEqualTo("0\n");
    }

    @Test
    void apply_underscoreName_grantCoversNoOtherDatabase() throws SQLException {
        server.executeAsRoot("CREATE DATABASE iwXgw; CREATE TABLE iwXgw.secrets (id INT);"
                + " INSERT INTO iwXgw.secrets VALUES (1);");
        Cluster cluster = TestClusters.local(server)
                .databases(TestClusters.databases(server)
                        .putNames(DatabaseRole.ACCOUNTS, "iw-accounts")
                        .putNames(DatabaseRole.GROUPWARE, "iw_gw")
                        .build())
                .build();

        TestClusters.provisioner(server).build().apply(cluster).requireSuccess();

        try (Connection node = TestClusters.login("127.0.0.1", server.port(), "icewarp", TestClusters.CLUSTER_PASSWORD);
                Statement statement = node.createStatement()) {
            assertThat(databasesSeenBy(statement)).contains("iw-accounts", "iw_gw").doesNotContain("iwXgw");
            statement.execute("CREATE TABLE `iw_gw`.MetaData (id INT)");
            statement.execute("CREATE TABLE `iw-accounts`.MetaData (id INT)");
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM iwXgw.secrets"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isIn(1044, 1142));
            assertThatThrownBy(() -> statement.execute("CREATE TABLE iwXgw.intruder (id INT)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void apply_passwordWithSpecialCharacters_logsIn() throws Exception {
        String password = "it's \\ a ; \"pw\" Ünïcødé ñ 密码 \\'";
        Cluster cluster = TestClusters.local(server)
                .databases(TestClusters.databases(server).password(Secret.of(password)).build())
                .build();
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).build();

        ProvisioningPlan plan = provisioner.plan(cluster);
        ProvisioningReport report = provisioner.apply(cluster).requireSuccess();

        try (Connection node = TestClusters.login("127.0.0.1", server.port(), "icewarp", password)) {
            assertThat(node.isValid(2)).isTrue();
        }
        assertThat(plan.findings()).anyMatch(f -> f.rule().equals("icewarp-connection-string")
                && f.path().equals("databases.password") && !f.message().contains(password));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(plan)).doesNotContain("Ünïcødé").contains("'****'");
        assertThat(json.writeValueAsString(report)).doesNotContain("Ünïcødé");
        assertThat(plan.toString() + report + provisioner).doesNotContain("Ünïcødé");
    }

    @Test
    void apply_ipv6Node_logsIn() throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(server.listensOnIpv6(), "no IPv6 loopback on this machine");
        Cluster cluster = TestClusters.guide(server)
                .nodes(List.of(Node.master("1", "server1", "192.168.100.83"),
                        Node.slave("6", "six", "0:0:0:0:0:0:0:1")))
                .build();

        ProvisioningReport report = TestClusters.provisioner(server).build().apply(cluster).requireSuccess();

        assertThat(report.findings()).anyMatch(f -> f.rule().equals("database-grant-address-form"));
        assertThat(server.executeAsRoot("SELECT Host FROM mysql.user WHERE User = 'icewarp' AND Host LIKE '%:%'"))
                .isEqualTo("::1\n");
        try (Connection node = TestClusters.login("::1", server.port(), "icewarp", TestClusters.CLUSTER_PASSWORD)) {
            assertThat(node.isValid(2)).isTrue();
        }
    }

    @Test
    void apply_sqliteRoles_areSkippedWithReason() {
        Cluster cluster = TestClusters.guide(server)
                .databases(TestClusters.databases(server)
                        .putStorages(DatabaseRole.WEBCLIENT_CACHE, DatabaseStorage.SQLITE)
                        .putStorages(DatabaseRole.SPAM_REPORTS, DatabaseStorage.SQLITE)
                        .build())
                .build();

        ProvisioningReport report = TestClusters.provisioner(server).build().apply(cluster).requireSuccess();

        assertThat(report.skippedRoles()).extracting(SkippedRole::role)
                .containsExactly(DatabaseRole.WEBCLIENT_CACHE, DatabaseRole.SPAM_REPORTS);
        assertThat(report.skippedRoles().get(0).reason()).contains("SQLite");
        assertThat(server.executeAsRoot("SELECT COUNT(*) FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME IN ('iw_webclient', 'iw_asreports')")).isEqualTo("0\n");
    }

    @Test
    void apply_latin1Database_reportsDrift() {
        server.executeAsRoot("CREATE DATABASE iw_groupware CHARACTER SET latin1;");
        Cluster cluster = TestClusters.guide(server).build();

        ProvisioningReport report = TestClusters.provisioner(server).build().apply(cluster).requireSuccess();

        assertThat(report.findings()).anyMatch(f -> f.rule().equals("database-charset-drift")
                && f.message().contains("iw_groupware") && f.message().contains("latin1"));
        assertThat(server.executeAsRoot("SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME = 'iw_groupware'")).isEqualTo("latin1\n");
    }

    @Test
    void apply_latin1DatabaseUnderConvert_altersCharset() {
        server.executeAsRoot("CREATE DATABASE iw_groupware CHARACTER SET latin1;");
        Cluster cluster = TestClusters.guide(server).build();
        DatabaseProvisioner provisioner = TestClusters.provisioner(server).charsetPolicy(CharsetPolicy.CONVERT).build();

        ProvisioningReport report = provisioner.apply(cluster).requireSuccess();

        assertThat(report.results(StepStatus.APPLIED))
                .anyMatch(r -> r.step().kind() == StepKind.ALTER_DATABASE_CHARSET);
        assertThat(server.executeAsRoot("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'iw_groupware'"))
                .isEqualTo("utf8mb4\tutf8mb4_unicode_ci\n");
        assertThat(provisioner.apply(cluster).results(StepStatus.APPLIED)).isEmpty();
    }

    @Test
    void apply_dnsNameNode_warns() {
        Cluster cluster = TestClusters.guide(server)
                .nodes(List.of(Node.master("1", "server1", "mail1.example.com")))
                .build();

        ProvisioningReport report = TestClusters.provisioner(server).build().apply(cluster).requireSuccess();

        assertThat(report.findings()).anyMatch(f -> f.rule().equals("database-grant-dns-name")
                && f.message().contains("skip-name-resolve"));
        assertThat(server.executeAsRoot("SELECT Host FROM mysql.user WHERE User = 'icewarp'"))
                .isEqualTo("mail1.example.com\n");
    }

    @Test
    void apply_passwordPolicyAlways_changesPassword() throws SQLException {
        DatabaseProvisioner onCreate = TestClusters.provisioner(server).build();
        onCreate.apply(TestClusters.local(server).build()).requireSuccess();
        Cluster changed = TestClusters.local(server)
                .databases(TestClusters.databases(server).password(Secret.of("Second-pw-2")).build())
                .build();

        onCreate.apply(changed).requireSuccess();
        try (Connection node = TestClusters.login("127.0.0.1", server.port(), "icewarp",
                TestClusters.CLUSTER_PASSWORD)) {
            assertThat(node.isValid(2)).isTrue();
        }
        ProvisioningReport always = TestClusters.provisioner(server).passwordPolicy(PasswordPolicy.ALWAYS).build()
                .apply(changed).requireSuccess();

        assertThat(always.results(StepStatus.APPLIED)).extracting(r -> r.step().kind())
                .containsOnly(StepKind.CHANGE_PASSWORD).hasSize(2);
        try (Connection node = TestClusters.login("127.0.0.1", server.port(), "icewarp", "Second-pw-2")) {
            assertThat(node.isValid(2)).isTrue();
        }
    }

    @Test
    void apply_passwordPolicyIfDifferent_changesOnlyDifferentPasswords() throws SQLException {
        DatabaseProvisioner ifDifferent = TestClusters.provisioner(server)
                .passwordPolicy(PasswordPolicy.IF_DIFFERENT).build();
        ifDifferent.apply(TestClusters.local(server).build()).requireSuccess();
        Cluster changed = TestClusters.local(server)
                .databases(TestClusters.databases(server).password(Secret.of("Second'pw\\ü")).build())
                .build();

        ProvisioningReport same = ifDifferent.apply(TestClusters.local(server).build()).requireSuccess();
        ProvisioningReport different = ifDifferent.apply(changed).requireSuccess();
        ProvisioningReport again = ifDifferent.apply(changed).requireSuccess();

        assertThat(same.results(StepStatus.APPLIED)).isEmpty();
        assertThat(different.results(StepStatus.APPLIED)).extracting(r -> r.step().kind())
                .containsOnly(StepKind.CHANGE_PASSWORD).hasSize(2);
        assertThat(again.results(StepStatus.APPLIED)).isEmpty();
        try (Connection node = TestClusters.login("127.0.0.1", server.port(), "icewarp", "Second'pw\\ü")) {
            assertThat(node.isValid(2)).isTrue();
        }
    }

    @Test
    void apply_unknownCollation_createsNothing() {
        Cluster cluster = TestClusters.guide(server).build();
        DatabaseProvisioner provisioner = TestClusters.provisioner(server)
                .collation(DatabaseRole.ACTIVESYNC, "utf8mb4_0900_ai_ci").build();

        assertThatThrownBy(() -> provisioner.apply(cluster))
                .isInstanceOf(LbDatabaseException.class)
                .hasMessageContaining("utf8mb4_0900_ai_ci")
                .extracting(e -> ((LbDatabaseException) e).kind())
                .isEqualTo(LbDatabaseException.Kind.UNKNOWN_COLLATION);
        assertThat(server.executeAsRoot("SELECT COUNT(*) FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME LIKE 'iw%'")).isEqualTo("0\n");
    }

    @Test
    void apply_shortServerWaitTimeout_lowersPoolLifetime() {
        server.executeAsRoot("SET GLOBAL wait_timeout = 120;");
        try {
            ProvisioningReport report = TestClusters.provisioner(server).build()
                    .apply(TestClusters.guide(server).build());

            assertThat(report.isSuccessful()).isTrue();
        } finally {
            server.executeAsRoot("SET GLOBAL wait_timeout = 28800;");
        }
    }

    @Test
    void apply_report_serialisesToJsonWithStatuses() throws Exception {
        ProvisioningReport report = TestClusters.provisioner(server).build().apply(TestClusters.guide(server).build());

        String json = new ObjectMapper().writeValueAsString(report);

        assertThat(json).contains("\"status\":\"APPLIED\"", "\"flavor\":\"MARIADB\"", "\"successful\":true",
                "\"applied\":31")
                .doesNotContain(TestClusters.CLUSTER_PASSWORD)
                .doesNotContain(server.adminPassword().reveal());
    }

    private static List<String> databasesSeenBy(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SHOW DATABASES")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
