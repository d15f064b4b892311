package org.lbkit.model.validation;

import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.assertNoFinding;
import static org.lbkit.model.validation.Fixtures.databases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Severity;

final class DatabaseChecksTest {

    @Test
    void host_invalidName_isError() {
        assertFinding(databases(d -> d.server(DatabaseServer.of("db..example.com"))), "database-host-invalid",
                Severity.ERROR, "databases.server.host", "db..example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "0:0:0:0:0:0:0:1", "[::1]"})
    void host_loopback_isError(String host) {
        assertFinding(databases(d -> d.server(DatabaseServer.of(host))), "database-host-loopback", Severity.ERROR,
                "databases.server.host", "'" + host + "'");
    }

    @Test
    void host_unspecified_isError() {
        assertFinding(databases(d -> d.server(DatabaseServer.of("0.0.0.0"))), "database-host-unspecified",
                Severity.ERROR, "databases.server.host", "'0.0.0.0'");
    }

    @Test
    void host_oneNodesAddress_isWarning() {
        assertFinding(databases(d -> d.server(DatabaseServer.of("192.168.100.83"))), "database-host-on-node",
                Severity.WARNING, "databases.server.host", "'192.168.100.83'", "server1");
    }

    @Test
    void backup_loopback_isError() {
        assertFinding(databases(d -> d.backup(DatabaseServer.of("localhost"))), "database-host-loopback",
                Severity.ERROR, "databases.backup.host", "'localhost'");
    }

    @Test
    void backup_sameAsPrimary_isWarning() {
        assertFinding(databases(d -> d.backup(DatabaseServer.of("192.168.100.80", 3306))),
                "database-backup-same-server", Severity.WARNING, "databases.backup.host", "192.168.100.80:3306");
    }

    @Test
    void storage_sqliteForAccounts_isError() {
        assertFinding(databases(d -> d.putStorages(DatabaseRole.ACCOUNTS, DatabaseStorage.SQLITE)),
                "sqlite-not-shared", Severity.ERROR, "databases.storage.accounts", "accounts", "sqlite");
    }

    @Test
    void storage_sqliteForWebClientCache_isAccepted() {
        assertNoFinding(databases(d -> d.putStorages(DatabaseRole.WEBCLIENT_CACHE, DatabaseStorage.SQLITE)),
                "sqlite-not-shared");
    }

    @Test
    void names_twoRolesOneDatabase_isWarning() {
        assertFinding(databases(d -> d.putNames(DatabaseRole.GROUPWARE, "IW_ACCOUNTS")), "unique-database-name",
                Severity.WARNING, "databases.names.groupware", "'IW_ACCOUNTS'", "accounts");
    }

    @Test
    void names_semicolon_isError() {
        assertFinding(databases(d -> d.putNames(DatabaseRole.ANTISPAM, "iw;antispam")), "database-name-invalid",
                Severity.ERROR, "databases.names.antispam", "'iw;antispam'", "';'");
    }

    @Test
    void names_tooLong_isError() {
        assertFinding(databases(d -> d.putNames(DatabaseRole.ANTISPAM, "a".repeat(65))), "database-name-invalid",
                Severity.ERROR, "databases.names.antispam", "65 characters");
    }

    @Test
    void user_root_isWarning() {
        assertFinding(databases(d -> d.user("root")), "database-user-root", Severity.WARNING, "databases.user",
                "'root'");
    }
}
