package org.lbkit.db.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lbkit.db.DatabasePrivilege;
import org.lbkit.db.ServerFlavor;
import org.lbkit.db.ServerInfo;

/**
 * The cluster user's accounts as the grant tables store them, read over the administration
 * connection, and how the server reads wildcards in database grants.
 *
 * <p>Where the authentication data lives depends on the server: MariaDB 10.4 and newer keep it
 * as JSON in {@code mysql.global_priv} (its {@code mysql.user} view shows only the first of
 * several methods); MariaDB before 10.4 in {@code mysql.user.Password} for the native method;
 * MySQL in {@code mysql.user.authentication_string}.
 */
final class AccountSnapshot {

    private final Map<String, AccountAuth> accounts;
    private final boolean grantWildcards;

    private AccountSnapshot(Map<String, AccountAuth> accounts, boolean grantWildcards) {
        this.accounts = accounts;
        this.grantWildcards = grantWildcards;
    }

    /**
     * Reads the accounts of a user.
     *
     * @param connection the administration connection
     * @param server the server, already detected
     * @param user the user name, compared exactly
     * @return the snapshot
     * @throws SQLException when a query fails
     */
    static AccountSnapshot read(Connection connection, ServerInfo server, String user) throws SQLException {
        Map<String, Set<DatabasePrivilege>> global = globalPrivileges(connection, user);
        Map<String, AccountAuth> accounts = new HashMap<>();
        for (String[] row : ServerQueries.rows(connection, authenticationQuery(server), user)) {
            if (!row[0].equals(user)) {
                continue;
            }
            String host = row[1].toLowerCase(Locale.ROOT);
            accounts.put(host, account(server, row, global.getOrDefault(host, Set.of())));
        }
        return new AccountSnapshot(accounts, readsGrantWildcards(connection, server));
    }

    /**
     * Returns the account at a host.
     *
     * @param host the host part, compared ignoring case as the server does
     * @return the account, if it exists
     */
    Optional<AccountAuth> account(String host) {
        return Optional.ofNullable(accounts.get(host.toLowerCase(Locale.ROOT)));
    }

    /**
     * Returns whether unescaped {@code %} and {@code _} in database grants are wildcards: always,
     * except on MySQL 8.0.16 and newer with {@code partial_revokes} enabled.
     *
     * @return {@code true} when they are wildcards
     */
    boolean grantWildcards() {
        return grantWildcards;
    }

    private static String authenticationQuery(ServerInfo server) {
        if (server.flavor() == ServerFlavor.MYSQL) {
            return "SELECT User, Host, plugin, authentication_string, 0, account_locked = 'Y',"
                    + " password_expired = 'Y' FROM mysql.user WHERE User = ?";
        }
        if (server.isAtLeast(10, 4, 0)) {
            return "SELECT User, Host, JSON_VALUE(Priv, '$.plugin'), JSON_VALUE(Priv, '$.authentication_string'),"
                    + " JSON_LENGTH(Priv, '$.auth_or') - 1, JSON_VALUE(Priv, '$.account_locked') IN ('1', 'true'),"
                    + " JSON_VALUE(Priv, '$.password_last_changed') = '0' FROM mysql.global_priv WHERE User = ?";
        }
        return "SELECT User, Host, plugin, IF(authentication_string = '', Password, authentication_string), 0, 0, 0"
                + " FROM mysql.user WHERE User = ?";
    }

    private static AccountAuth account(ServerInfo server, String[] row, Set<DatabasePrivilege> global) {
        int otherMethods = row[4] == null ? 0 : Math.max(0, Integer.parseInt(row[4]));
        return new AccountAuth(row[1], nonNull(row[2]), nonNull(row[3]), otherMethods, "1".equals(row[5]),
                "1".equals(row[6]), global);
    }

    private static Map<String, Set<DatabasePrivilege>> globalPrivileges(Connection connection, String user)
            throws SQLException {
        String sql = "SELECT User, Host, " + PrivilegeColumns.list() + " FROM mysql.user WHERE User = ?";
        Map<String, Set<DatabasePrivilege>> byHost = new HashMap<>();
        for (String[] row : ServerQueries.rows(connection, sql, user)) {
            if (row[0].equals(user)) {
                byHost.put(row[1].toLowerCase(Locale.ROOT), PrivilegeColumns.granted(row, 2));
            }
        }
        return byHost;
    }

    private static boolean readsGrantWildcards(Connection connection, ServerInfo server) throws SQLException {
        if (server.flavor() != ServerFlavor.MYSQL || !server.isAtLeast(8, 0, 16)) {
            return true;
        }
        String partialRevokes = ServerQueries.text(connection, "@@GLOBAL.partial_revokes");
        return !("1".equals(partialRevokes) || "ON".equalsIgnoreCase(partialRevokes));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
