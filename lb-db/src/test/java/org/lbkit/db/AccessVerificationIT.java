package org.lbkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
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
import org.lbkit.model.Finding;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;
import org.lbkit.model.Severity;

final class AccessVerificationIT {

    @RegisterExtension
    static final MariaDbExtension MARIADB = new MariaDbExtension();

    private MariaDbServer server;
    private DatabaseProvisioner provisioner;

    @BeforeEach
    void findServer() {
        server = MARIADB.server();
        provisioner = TestClusters.provisioner(server).build();
    }

    @Test
    void verifyAccess_guideNodesAfterApply_isReady() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();

        AccessReport report = provisioner.verifyAccess(cluster).requireReady();

        assertThat(report.nodes()).extracting(NodeAccess::nodeName).containsExactly("server1", "server2", "server3");
        assertThat(report.nodes()).allSatisfy(node -> {
            assertThat(node.isReady()).isTrue();
            assertThat(node.accountExists()).isTrue();
            assertThat(node.password().status()).isEqualTo(PasswordStatus.MATCH);
            assertThat(node.grants()).hasSize(7).allMatch(RoleGrant::privilegesSufficient);
        });
        assertThat(report.node("server2").account()).isEqualTo("'icewarp'@'192.168.100.84'");
        assertThat(report.roles()).allSatisfy(role -> {
            assertThat(role.present()).isTrue();
            assertThat(role.characterSet()).hasValue("utf8mb4");
            assertThat(role.collation()).hasValue("utf8mb4_unicode_ci");
        });
        assertThat(report.adminAccount()).startsWith(server.adminUser() + "@");
    }

    @Test
    void verifyAccess_noTables_givesHint() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("CREATE TABLE iw_accounts.MetaData (id INT);");

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.isReady()).isTrue();
        assertThat(report.role(DatabaseRole.ACCOUNTS).icewarpTablesPresent()).isTrue();
        assertThat(report.role(DatabaseRole.ACCOUNTS).createTablesHint()).isEmpty();
        RoleAccess groupware = report.role(DatabaseRole.GROUPWARE);
        assertThat(groupware.icewarpTablesPresent()).isFalse();
        assertThat(groupware.createTablesHint()).hasValueSatisfying(hint -> assertThat(hint)
                .contains("create tables 2").doesNotContain(TestClusters.CLUSTER_PASSWORD));
        assertThat(groupware.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("icewarp-tables-missing");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.fix()).isEqualTo(groupware.createTablesHint().orElseThrow());
        });
    }

    @Test
    void verifyAccess_ipv6Node_isCanonical() {
        Cluster cluster = TestClusters.guide(server)
                .nodes(List.of(Node.master("1", "server1", "192.168.100.83"),
                        Node.slave("6", "six", "2001:DB8:0:0::0083")))
                .build();
        provisioner.apply(cluster).requireSuccess();

        AccessReport report = provisioner.verifyAccess(cluster);

        NodeAccess six = report.node("six");
        assertThat(report.isReady()).isTrue();
        assertThat(six.address()).isEqualTo("2001:DB8:0:0::0083");
        assertThat(six.account()).isEqualTo("'icewarp'@'2001:db8::83'");
        assertThat(six.accountExists()).isTrue();
        assertThat(six.password().status()).isEqualTo(PasswordStatus.MATCH);
    }

    @Test
    void verifyAccess_addedNode_isMissing() {
        Cluster before = TestClusters.guide(server).build();
        provisioner.apply(before).requireSuccess();
        Cluster after = TestClusters.guide(server)
                .addNodes(Node.slave("4", "server4", "192.168.100.86"))
                .build();

        AccessReport report = provisioner.verifyAccess(after);

        assertThat(report.isReady()).isFalse();
        NodeAccess added = report.node("server4");
        assertThat(added.accountExists()).isFalse();
        assertThat(added.password().status()).isEqualTo(PasswordStatus.UNKNOWN);
        assertThat(added.grants()).allSatisfy(g -> assertThat(g.missingPrivileges()).isNotEmpty());
        assertThat(report.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("database-account-missing");
            assertThat(f.path()).isEqualTo("nodes[3].address");
            assertThat(f.message()).contains("server4", "'icewarp'@'192.168.100.86'");
            assertThat(f.fix()).contains("apply");
        });
        assertThat(report.nodes()).filteredOn(n -> !n.nodeName().equals("server4")).allMatch(NodeAccess::isReady);

        provisioner.apply(after).requireSuccess();
        assertThat(provisioner.verifyAccess(after).isReady()).isTrue();
    }

    @Test
    void verifyAccess_revokedPrivilege_reportsOneNode() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("REVOKE ALTER ON `iw\\_groupware`.* FROM 'icewarp'@'192.168.100.84';");

        AccessReport report = provisioner.verifyAccess(cluster);

        NodeAccess server2 = report.node("server2");
        assertThat(server2.isReady()).isFalse();
        assertThat(server2.grant(DatabaseRole.GROUPWARE).missingPrivileges()).containsExactly(DatabasePrivilege.ALTER);
        assertThat(server2.grant(DatabaseRole.ACCOUNTS).privilegesSufficient()).isTrue();
        assertThat(report.node("server1").isReady()).isTrue();
        assertThat(report.node("server3").isReady()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("database-privileges-missing");
            assertThat(f.path()).isEqualTo("nodes[1]");
            assertThat(f.message()).contains("server2", "ALTER", "`iw_groupware`", "groupware");
        });

        provisioner.apply(cluster).requireSuccess();
        assertThat(provisioner.verifyAccess(cluster).isReady()).isTrue();
    }

    @Test
    void verifyAccess_passwordChangedByRoot_reportsMismatch() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("ALTER USER 'icewarp'@'192.168.100.85' IDENTIFIED BY 'Changed-pw-3';");

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.node("server3").password().status()).isEqualTo(PasswordStatus.MISMATCH);
        assertThat(report.node("server2").password().status()).isEqualTo(PasswordStatus.MATCH);
        assertThat(report.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("database-password-mismatch");
            assertThat(f.path()).isEqualTo("databases.password");
            assertThat(f.message()).contains("server3");
            assertThat(f.fix()).contains("PasswordPolicy.ALWAYS");
        });
        assertThatThrownBy(report::requireReady)
                .isInstanceOfSatisfying(LbDatabaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LbDatabaseException.Kind.NOT_READY);
                    assertThat(e.getMessage()).contains("server3", "database-password-mismatch")
                            .doesNotContain(TestClusters.CLUSTER_PASSWORD).doesNotContain("Changed-pw-3");
                });

        TestClusters.provisioner(server).passwordPolicy(PasswordPolicy.ALWAYS).build().apply(cluster)
                .requireSuccess();
        assertThat(provisioner.verifyAccess(cluster).isReady()).isTrue();
    }

    @Test
    void verifyAccess_databaseDropped_isReported() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("DROP DATABASE iw_antispam;");

        AccessReport report = provisioner.verifyAccess(cluster);

        RoleAccess antispam = report.role(DatabaseRole.ANTISPAM);
        assertThat(antispam.present()).isFalse();
        assertThat(antispam.isReady()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("database-missing");
            assertThat(f.path()).isEqualTo("databases.names.antispam");
            assertThat(f.message()).contains("iw_antispam");
        });
    }

    @Test
    void verifyAccess_similarNameExists_checksExactName() {
        Cluster cluster = TestClusters.guide(server)
                .databases(TestClusters.databases(server).putNames(DatabaseRole.GROUPWARE, "iw_gw").build())
                .build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("DROP DATABASE iw_gw; CREATE DATABASE iwXgw;");

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.role(DatabaseRole.GROUPWARE).present()).isFalse();
        assertThat(report.problems()).extracting(Finding::rule).containsExactly("database-missing");
    }

    @Test
    void verifyAccess_unescapedGrantByHand_warns() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("GRANT SELECT ON `iw_groupware`.* TO 'icewarp'@'192.168.100.83';");

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.isReady()).isTrue();
        NodeAccess server1 = report.node("server1");
        assertThat(server1.grant(DatabaseRole.GROUPWARE).wildcardGrants()).containsExactly("iw_groupware");
        assertThat(server1.grant(DatabaseRole.GROUPWARE).privilegesSufficient()).isTrue();
        assertThat(server1.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("database-grant-wildcard");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.fix()).contains("REVOKE ALL PRIVILEGES ON `iw_groupware`.* FROM 'icewarp'@'192.168.100.83'");
        });
        assertThat(report.node("server2").findings()).isEmpty();
    }

    @Test
    void verifyAccess_percentGrant_warnsOnce() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("GRANT SELECT ON `%`.* TO 'icewarp'@'192.168.100.84';");

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.node("server2").findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("`%`", "iw_accounts", "iw_asreports"));
    }

    @Test
    void verifyAccess_shadowedWildcard_staysMissing() throws SQLException {
        Cluster cluster = TestClusters.local(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("REVOKE ALTER ON `iw\\_groupware`.* FROM 'icewarp'@'127.0.0.1';"
                + " GRANT ALL PRIVILEGES ON `iw_groupware`.* TO 'icewarp'@'127.0.0.1';"
                + " CREATE TABLE iw_groupware.probe (id INT);");

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.node("local").grant(DatabaseRole.GROUPWARE).missingPrivileges())
                .containsExactly(DatabasePrivilege.ALTER);
        try (Connection node = TestClusters.login("127.0.0.1", server.port(), "icewarp",
                TestClusters.CLUSTER_PASSWORD); Statement statement = node.createStatement()) {
            assertThatThrownBy(() -> statement.execute("ALTER TABLE iw_groupware.probe ADD COLUMN x INT"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isIn(1142, 1044));
        }
    }

    @Test
    void verifyAccess_onlyWildcard_counts() throws SQLException {
        Cluster cluster = TestClusters.local(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("REVOKE ALL PRIVILEGES ON `iw\\_groupware`.* FROM 'icewarp'@'127.0.0.1';"
                + " GRANT ALL PRIVILEGES ON `iw_groupware`.* TO 'icewarp'@'127.0.0.1';");

        AccessReport report = provisioner.verifyAccess(cluster);

        RoleGrant groupware = report.node("local").grant(DatabaseRole.GROUPWARE);
        assertThat(groupware.privilegesSufficient()).isTrue();
        assertThat(groupware.wildcardGrants()).containsExactly("iw_groupware");
        try (Connection node = TestClusters.login("127.0.0.1", server.port(), "icewarp",
                TestClusters.CLUSTER_PASSWORD); Statement statement = node.createStatement()) {
            statement.execute("CREATE TABLE iw_groupware.probe (id INT)");
            statement.execute("ALTER TABLE iw_groupware.probe ADD COLUMN x INT");
        }
    }

    @Test
    void verifyAccess_sqliteRole_isSkipped() {
        Cluster cluster = TestClusters.guide(server)
                .databases(TestClusters.databases(server)
                        .putStorages(DatabaseRole.SPAM_REPORTS, DatabaseStorage.SQLITE).build())
                .build();
        provisioner.apply(cluster).requireSuccess();

        AccessReport report = provisioner.verifyAccess(cluster);

        RoleAccess spam = report.role(DatabaseRole.SPAM_REPORTS);
        assertThat(spam.skippedReason()).hasValueSatisfying(reason -> assertThat(reason).contains("SQLite"));
        assertThat(spam.isReady()).isTrue();
        assertThat(spam.findings()).isEmpty();
        assertThat(report.node("server1").grants()).extracting(RoleGrant::role)
                .doesNotContain(DatabaseRole.SPAM_REPORTS).hasSize(6);
        assertThatThrownBy(() -> report.node("server1").grant(DatabaseRole.SPAM_REPORTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(report.isReady()).isTrue();
    }

    @Test
    void verifyAccess_specialPassword_matches() {
        String password = "it's \\ a ; \"pw\" Ünïcødé ñ 密码 \\'";
        Cluster cluster = TestClusters.guide(server)
                .databases(TestClusters.databases(server).password(Secret.of(password)).build())
                .build();
        provisioner.apply(cluster).requireSuccess();

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.nodes()).allSatisfy(n -> assertThat(n.password().status()).isEqualTo(PasswordStatus.MATCH));
    }

    @Test
    void verifyAccess_otherPlugin_isUnknown() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("ALTER USER 'icewarp'@'192.168.100.83' IDENTIFIED VIA unix_socket;"
                + " ALTER USER 'icewarp'@'192.168.100.84' IDENTIFIED VIA mysql_native_password"
                + " USING PASSWORD('" + TestClusters.CLUSTER_PASSWORD + "') OR unix_socket;");

        AccessReport report = provisioner.verifyAccess(cluster);

        PasswordCheck socket = report.node("server1").password();
        assertThat(socket.status()).isEqualTo(PasswordStatus.UNKNOWN);
        assertThat(socket.plugin()).hasValue("unix_socket");
        assertThat(report.node("server2").password().status()).isEqualTo(PasswordStatus.UNKNOWN);
        assertThat(report.node("server2").password().reason()).contains("2 authentication methods");
        assertThat(report.node("server1").findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("database-password-unchecked");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.fix()).contains("verify(cluster) on server1");
        });
    }

    @Test
    void verifyAccess_lockedAndExpiredAccounts_areProblems() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("ALTER USER 'icewarp'@'192.168.100.83' ACCOUNT LOCK;"
                + " ALTER USER 'icewarp'@'192.168.100.84' PASSWORD EXPIRE;");

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.node("server1").accountLocked()).isTrue();
        assertThat(report.node("server2").passwordExpired()).isTrue();
        assertThat(report.problems()).extracting(Finding::rule)
                .containsExactly("database-account-locked", "database-password-expired");
        assertThat(report.node("server3").isReady()).isTrue();
    }

    @Test
    void verifyAccess_globalPrivileges_count() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("REVOKE ALL PRIVILEGES ON `iw\\_groupware`.* FROM 'icewarp'@'192.168.100.83';"
                + " GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, CREATE TEMPORARY TABLES,"
                + " LOCK TABLES ON *.* TO 'icewarp'@'192.168.100.83';");

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.node("server1").grant(DatabaseRole.GROUPWARE).privilegesSufficient()).isTrue();
        assertThat(report.isReady()).isTrue();
    }

    @Test
    void verifyAccess_dnsNameUnderSkipNameResolve_isProblem() {
        Cluster cluster = TestClusters.guide(server)
                .nodes(List.of(Node.master("1", "server1", "mail1.example.com")))
                .build();
        provisioner.apply(cluster).requireSuccess();

        AccessReport report = provisioner.verifyAccess(cluster);

        assertThat(report.node("server1").accountExists()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("database-grant-dns-name");
            assertThat(f.path()).isEqualTo("nodes[0].address");
        });
    }

    @Test
    void verifyAccess_adminWithSelectOnly_works() {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("CREATE USER 'auditor'@'127.0.0.1' IDENTIFIED BY 'Auditor-pw-1';"
                + " GRANT SELECT ON *.* TO 'auditor'@'127.0.0.1';");
        DatabaseProvisioner auditor = DatabaseProvisioner.builder().jdbcUrl(server.jdbcUrl()).adminUser("auditor")
                .adminPassword(Secret.of("Auditor-pw-1")).sslMode(SslMode.DISABLED).build();

        assertThat(auditor.verifyAccess(cluster).isReady()).isTrue();
        assertThatThrownBy(() -> auditor.plan(cluster)).isInstanceOfSatisfying(LbDatabaseException.class,
                e -> assertThat(e.kind()).isEqualTo(LbDatabaseException.Kind.MISSING_PRIVILEGES));
    }

    @Test
    void verifyAccess_adminWithoutSelect_isRejected() {
        server.executeAsRoot("CREATE USER 'nobody'@'127.0.0.1' IDENTIFIED BY 'Nobody-pw-1';");
        DatabaseProvisioner nobody = DatabaseProvisioner.builder().jdbcUrl(server.jdbcUrl()).adminUser("nobody")
                .adminPassword(Secret.of("Nobody-pw-1")).sslMode(SslMode.DISABLED).build();

        assertThatThrownBy(() -> nobody.verifyAccess(TestClusters.guide(server).build()))
                .isInstanceOfSatisfying(LbDatabaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LbDatabaseException.Kind.MISSING_PRIVILEGES);
                    assertThat(e.getMessage()).contains("GRANT SELECT ON *.*").doesNotContain("GRANT OPTION");
                });
    }

    @Test
    void verifyAccess_report_serialisesWithoutSecrets() throws Exception {
        Cluster cluster = TestClusters.guide(server).build();
        provisioner.apply(cluster).requireSuccess();
        server.executeAsRoot("REVOKE ALTER ON `iw\\_groupware`.* FROM 'icewarp'@'192.168.100.84';");

        AccessReport report = provisioner.verifyAccess(cluster);
        String json = new ObjectMapper().writeValueAsString(report);

        String hash = server.executeAsRoot("SELECT PASSWORD('" + TestClusters.CLUSTER_PASSWORD + "')").trim();
        List<String> texts = new ArrayList<>(List.of(json, report.toString(), provisioner.toString()));
        assertThat(json).contains("\"ready\":false", "\"status\":\"MATCH\"", "\"rule\":\"database-privileges-missing\"",
                "\"missingPrivileges\":[\"ALTER\"]");
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(TestClusters.CLUSTER_PASSWORD)
                .doesNotContain(hash.substring(1)).doesNotContain(server.adminPassword().reveal()));
    }
}
