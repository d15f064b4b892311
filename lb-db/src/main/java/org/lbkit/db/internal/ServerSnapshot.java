package org.lbkit.db.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lbkit.db.DatabasePrivilege;
import org.lbkit.model.Secret;
import org.lbkit.db.PasswordCheck;
import org.lbkit.db.ServerInfo;

/**
 * The state of a server that the planner compares against, read over the administration connection:
 * version, sql_mode, collations, the cluster's databases, accounts and database grants.
 * Accounts and grants come from {@code mysql.user} and {@code mysql.db}, whose columns are the
 * same on MySQL 5.7 to 9.x and MariaDB 10.x/11.x.
 */
public final class ServerSnapshot {

    private final ServerInfo server;
    private final String sqlMode;
    private final boolean skipNameResolve;
    private final Set<String> collations;
    private final Map<String, SchemaInfo> schemas;
    private final Set<String> userHosts;
    private final Map<String, Map<String, Set<DatabasePrivilege>>> grants;
    private final Map<String, PasswordCheck> passwordChecks;

    private ServerSnapshot(ServerInfo server, String sqlMode, boolean skipNameResolve, Set<String> collations,
            Map<String, SchemaInfo> schemas, Set<String> userHosts,
            Map<String, Map<String, Set<DatabasePrivilege>>> grants, Map<String, PasswordCheck> passwordChecks) {
        this.server = server;
        this.sqlMode = sqlMode;
        this.skipNameResolve = skipNameResolve;
        this.collations = collations;
        this.schemas = schemas;
        this.userHosts = userHosts;
        this.grants = grants;
        this.passwordChecks = passwordChecks;
    }

    /**
     * Reads the server's state for a cluster.
     *
     * @param connection the administration connection
     * @param server the server, already detected
     * @param targets the cluster's databases and user
     * @return the snapshot
     * @throws SQLException when a query fails
     */
    public static ServerSnapshot read(Connection connection, ServerInfo server, ClusterTargets targets)
            throws SQLException {
        String sqlMode = ServerQueries.text(connection, "@@SESSION.sql_mode");
        String skipNameResolve = ServerQueries.text(connection, "@@GLOBAL.skip_name_resolve");
        Set<String> collations = ServerQueries.utf8mb4Collations(connection);

        Map<String, SchemaInfo> schemas = new HashMap<>();
        for (String database : targets.databases().keySet()) {
            ServerQueries.schema(connection, database).ifPresent(s -> schemas.put(database, s));
        }
        boolean skipsNameResolve = "1".equals(skipNameResolve) || "ON".equalsIgnoreCase(skipNameResolve);
        return new ServerSnapshot(server, sqlMode, skipsNameResolve, collations, schemas,
                userHosts(connection, targets.user()), grants(connection, targets.user()), Map.of());
    }

    /**
     * Returns this snapshot with each existing account's password compared with the cluster's.
     *
     * @param accounts the accounts as stored
     * @param password the cluster's password
     * @return the snapshot, with {@link #passwordCheck(String)} answered for every account
     */
    ServerSnapshot withPasswordChecks(AccountSnapshot accounts, Secret password) {
        Map<String, PasswordCheck> checks = new HashMap<>();
        for (String host : userHosts) {
            accounts.account(host).ifPresent(auth -> checks.put(host, PasswordChecks.check(auth, password)));
        }
        return new ServerSnapshot(server, sqlMode, skipNameResolve, collations, schemas, userHosts, grants, checks);
    }

    /**
     * Returns how an existing account's stored password compares with the cluster's, when the
     * snapshot was read for {@link org.lbkit.db.PasswordPolicy#IF_DIFFERENT}.
     *
     * @param host the account's host part
     * @return the comparison, if one was made
     */
    public Optional<PasswordCheck> passwordCheck(String host) {
        return Optional.ofNullable(passwordChecks.get(host));
    }

    /**
     * Returns the server.
     *
     * @return the flavour and version
     */
    public ServerInfo server() {
        return server;
    }

    /**
     * Returns the session's sql_mode.
     *
     * @return the mode list
     */
    public String sqlMode() {
        return sqlMode;
    }

    /**
     * Returns whether the server skips DNS lookups of clients, so that no account with a DNS
     * name as host ever matches.
     *
     * @return {@code true} with skip-name-resolve
     */
    public boolean skipNameResolve() {
        return skipNameResolve;
    }

    /**
     * Returns the server's utf8mb4 collations.
     *
     * @return the collation names
     */
    public Set<String> collations() {
        return collations;
    }

    /**
     * Returns a database, compared by exact name.
     *
     * @param database the name
     * @return the database, if it exists
     */
    public Optional<SchemaInfo> schema(String database) {
        return Optional.ofNullable(schemas.get(database));
    }

    /**
     * Returns whether the cluster user exists for a host.
     *
     * @param host the host part, compared ignoring case as the server does
     * @return {@code true} when the account exists
     */
    public boolean hasAccount(String host) {
        return userHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the privileges granted to the cluster user at a host on a grant pattern.
     *
     * @param host the host part
     * @param storedPattern the pattern as {@code mysql.db} stores it, such as {@code iw\_gw}
     * @return the privileges, empty when there is no grant
     */
    public Set<DatabasePrivilege> privileges(String host, String storedPattern) {
        return grants(host).getOrDefault(storedPattern, Set.of());
    }

    /**
     * Returns every database-level grant of the cluster user at a host.
     *
     * @param host the host part, compared ignoring case as the server does
     * @return the privileges by stored pattern, empty when there is no grant
     */
    public Map<String, Set<DatabasePrivilege>> grants(String host) {
        return grants.getOrDefault(host.toLowerCase(Locale.ROOT), Map.of());
    }

    private static Set<String> userHosts(Connection connection, String user) throws SQLException {
        Set<String> hosts = new HashSet<>();
        for (String[] row : ServerQueries.rows(connection, "SELECT User, Host FROM mysql.user WHERE User = ?", user)) {
            if (row[0].equals(user)) {
                hosts.add(row[1].toLowerCase(Locale.ROOT));
            }
        }
        return hosts;
    }

    private static Map<String, Map<String, Set<DatabasePrivilege>>> grants(Connection connection, String user)
            throws SQLException {
        String sql = "SELECT User, Host, Db, " + PrivilegeColumns.list() + " FROM mysql.db WHERE User = ?";
        Map<String, Map<String, Set<DatabasePrivilege>>> grants = new HashMap<>();
        for (String[] row : ServerQueries.rows(connection, sql, user)) {
            if (row[0].equals(user)) {
                grants.computeIfAbsent(row[1].toLowerCase(Locale.ROOT), host -> new HashMap<>())
                        .put(row[2], PrivilegeColumns.granted(row, 3));
            }
        }
        return grants;
    }
}
