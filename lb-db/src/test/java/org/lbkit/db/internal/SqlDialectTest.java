package org.lbkit.db.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.lbkit.db.DatabasePrivilege;
import org.lbkit.db.ServerFlavor;
import org.lbkit.db.ServerInfo;
import org.lbkit.model.Secret;

final class SqlDialectTest {

    private static final String DEFAULT_MODE = "STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION";

    static Stream<Arguments> servers() {
        return Stream.of(
                Arguments.of(ServerInfo.of(ServerFlavor.MYSQL, 5, 7, 44)),
                Arguments.of(ServerInfo.of(ServerFlavor.MYSQL, 8, 0, 36)),
                Arguments.of(ServerInfo.of(ServerFlavor.MYSQL, 8, 4, 2)),
                Arguments.of(ServerInfo.of(ServerFlavor.MYSQL, 9, 1, 0)),
                Arguments.of(ServerInfo.of(ServerFlavor.MARIADB, 10, 6, 18)),
                Arguments.of(ServerInfo.of(ServerFlavor.MARIADB, 10, 11, 9)),
                Arguments.of(ServerInfo.of(ServerFlavor.MARIADB, 11, 4, 2)));
    }

    @ParameterizedTest
    @MethodSource("servers")
    void createUser_everyServer_createsThenGrantsWithoutIdentifiedByInGrant(ServerInfo server) {
        SqlDialect dialect = SqlDialect.of(server, DEFAULT_MODE);

        SqlStatement create = dialect.createUser("icewarp", "192.168.100.83", Secret.of("pw"));
        SqlStatement grant = dialect.grant(EnumSet.of(DatabasePrivilege.SELECT), "iw_gw", "icewarp", "192.168.100.83");

        assertThat(create.sql()).isEqualTo("CREATE USER IF NOT EXISTS 'icewarp'@'192.168.100.83' IDENTIFIED BY 'pw'");
        assertThat(grant.sql()).isEqualTo("GRANT SELECT ON `iw\\_gw`.* TO 'icewarp'@'192.168.100.83'")
                .doesNotContain("IDENTIFIED");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void createDatabase_everyServer_namesCharsetAndCollation(ServerInfo server) {
        SqlStatement create = SqlDialect.of(server, DEFAULT_MODE).createDatabase("iw-accounts", "utf8mb4_unicode_ci");

        assertThat(create.sql()).isEqualTo(
                "CREATE DATABASE IF NOT EXISTS `iw-accounts` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void createUser_anyServer_neverNamesAnAuthenticationPlugin(ServerInfo server) {
        String sql = SqlDialect.of(server, DEFAULT_MODE).createUser("u", "::1", Secret.of("p")).sql();

        assertThat(sql).doesNotContain("mysql_native_password").doesNotContain(" WITH ").doesNotContain(" VIA ");
    }

    @Test
    void changePassword_mysql57AndMariaDb102_useAlterUser() {
        for (ServerInfo server : new ServerInfo[] {ServerInfo.of(ServerFlavor.MYSQL, 5, 7, 6),
                ServerInfo.of(ServerFlavor.MARIADB, 10, 2, 0), ServerInfo.of(ServerFlavor.MYSQL, 9, 0, 0)}) {
            SqlStatement change = SqlDialect.of(server, DEFAULT_MODE).changePassword("u", "h", Secret.of("new"));

            assertThat(change.sql()).as(server.toString()).isEqualTo("ALTER USER 'u'@'h' IDENTIFIED BY 'new'");
            assertThat(change.masked()).isEqualTo("ALTER USER 'u'@'h' IDENTIFIED BY '****'");
        }
    }

    @Test
    void changePassword_mariaDb101_usesSetPassword() {
        SqlDialect dialect = SqlDialect.of(ServerInfo.of(ServerFlavor.MARIADB, 10, 1, 48), DEFAULT_MODE);

        SqlStatement change = dialect.changePassword("u", "h", Secret.of("new"));

        assertThat(change.sql()).isEqualTo("SET PASSWORD FOR 'u'@'h' = PASSWORD('new')");
        assertThat(change.masked()).isEqualTo("SET PASSWORD FOR 'u'@'h' = PASSWORD('****')");
    }

    @Test
    void createUser_passwordWithQuoteAndBackslash_isEscapedAndMasked() {
        SqlDialect dialect = SqlDialect.of(ServerInfo.of(ServerFlavor.MYSQL, 8, 0, 36), DEFAULT_MODE);

        SqlStatement create = dialect.createUser("ice'warp", "h", Secret.of("a'b\\c;d"));

        assertThat(create.sql()).isEqualTo("CREATE USER IF NOT EXISTS 'ice''warp'@'h' IDENTIFIED BY 'a''b\\\\c;d'");
        assertThat(create.masked()).isEqualTo("CREATE USER IF NOT EXISTS 'ice''warp'@'h' IDENTIFIED BY '****'");
        assertThat(create.toString()).doesNotContain("a''b");
    }

    @Test
    void createUser_noBackslashEscapesMode_keepsBackslashAsIs() {
        SqlDialect dialect = SqlDialect.of(ServerInfo.of(ServerFlavor.MARIADB, 10, 11, 9),
                "STRICT_TRANS_TABLES,NO_BACKSLASH_ESCAPES");

        SqlStatement create = dialect.createUser("u", "h", Secret.of("a'b\\c"));

        assertThat(create.sql()).isEqualTo("CREATE USER IF NOT EXISTS 'u'@'h' IDENTIFIED BY 'a''b\\c'");
    }

    @Test
    void grant_severalPrivileges_areListedInDeclarationOrder() {
        SqlDialect dialect = SqlDialect.of(ServerInfo.of(ServerFlavor.MARIADB, 11, 4, 2), DEFAULT_MODE);

        SqlStatement grant = dialect.grant(DatabasePrivilege.icewarpDefaults(), "iw%db", "icewarp", "2001:db8::83");

        assertThat(grant.sql()).isEqualTo("GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX,"
                + " CREATE TEMPORARY TABLES, LOCK TABLES ON `iw\\%db`.* TO 'icewarp'@'2001:db8::83'");
    }

    @Test
    void maxUserNameLength_perServer_matchesDocumentedLimits() {
        assertThat(SqlDialect.of(ServerInfo.of(ServerFlavor.MYSQL, 5, 7, 7), "").maxUserNameLength()).isEqualTo(16);
        assertThat(SqlDialect.of(ServerInfo.of(ServerFlavor.MYSQL, 8, 4, 0), "").maxUserNameLength()).isEqualTo(32);
        assertThat(SqlDialect.of(ServerInfo.of(ServerFlavor.MARIADB, 11, 4, 0), "").maxUserNameLength()).isZero();
    }
}
