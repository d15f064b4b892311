package org.lbkit.db.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lbkit.db.DatabasePrivilege;
import org.lbkit.db.LbDatabaseException;
import org.lbkit.db.RoleVerification;
import org.lbkit.db.ServerInfo;
import org.lbkit.db.VerificationReport;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseStorage;

/**
 * Connects as the cluster's database user, to the server the nodes use, and checks each role's
 * database from that user's point of view. {@code information_schema} shows a user only its own
 * privileges and the databases it may use, which is exactly what IceWarp will see.
 */
public final class Verifier {

    private final Connection connection;
    private final Cluster cluster;
    private final ProvisioningOptions options;
    private final Set<String> globalPrivileges = new HashSet<>();
    private final Map<String, Set<String>> schemaPrivileges = new HashMap<>();

    private Verifier(Connection connection, Cluster cluster, ProvisioningOptions options) {
        this.connection = connection;
        this.cluster = cluster;
        this.options = options;
    }

    /**
     * Verifies a cluster's databases.
     *
     * @param cluster the cluster
     * @param options the provisioner's options: privileges, TLS mode and timeouts
     * @return the report
     * @throws LbDatabaseException when the cluster user cannot log in from this machine
     */
    public static VerificationReport verify(Cluster cluster, ProvisioningOptions options) {
        ClusterTargets targets = ClusterTargets.of(cluster);
        String url = JdbcUrls.forServer(cluster.databases().server());
        try (PooledConnections pool = openAsClusterUser(url, targets, options);
                Connection connection = pool.connection()) {
            return new Verifier(connection, cluster, options).run(url);
        } catch (SQLException e) {
            throw SqlErrors.statementFailure("verify the databases as user '" + targets.user() + "'", e, url,
                    SecretScrubber.of(List.of(targets.password())));
        }
    }

    private static PooledConnections openAsClusterUser(String url, ClusterTargets targets,
            ProvisioningOptions options) {
        try {
            return PooledConnections.open("lbkit-verify", url, targets.user(), targets.password(),
                    options.connection());
        } catch (LbDatabaseException e) {
            if (e.kind() != LbDatabaseException.Kind.AUTHENTICATION_FAILED) {
                throw e;
            }
            throw new LbDatabaseException(e.kind(), e.getMessage() + ". verify logs in as the cluster user, whose"
                    + " accounts exist only for the node addresses, so run it on a node", url,
                    e.sqlState().orElse(null), e.vendorCode().orElse(0), e.getCause());
        }
    }

    private VerificationReport run(String url) throws SQLException {
        ServerInfo server = ServerQueries.serverInfo(connection);
        String grantee = ServerQueries.currentGrantee(connection);
        readPrivileges(grantee);

        VerificationReport.Builder report = VerificationReport.builder()
                .clusterName(cluster.name())
                .server(server)
                .jdbcUrl(JdbcUrls.redact(url))
                .account(ServerQueries.text(connection, "CURRENT_USER()"));
        for (DatabaseRole role : DatabaseRole.values()) {
            report.addRoles(verify(role));
        }
        return report.build();
    }

    private RoleVerification verify(DatabaseRole role) throws SQLException {
        String database = cluster.databases().name(role);
        RoleVerification.Builder result = RoleVerification.builder().role(role).database(database);
        if (cluster.databases().storage(role) == DatabaseStorage.SQLITE) {
            return result.skippedReason("stored as SQLite, so there is no database on the server to check").build();
        }

        Optional<SchemaInfo> schema = ServerQueries.schema(connection, database);
        result.present(schema.isPresent())
                .characterSet(schema.map(SchemaInfo::characterSet))
                .collation(schema.map(SchemaInfo::collation))
                .missingPrivileges(missingPrivileges(database));
        if (schema.isEmpty()) {
            return result.build();
        }

        boolean tables = ServerQueries.icewarpTablesPresent(connection, database);
        result.icewarpTablesPresent(tables);
        if (!tables) {
            result.createTablesHint(CreateTablesHints.hint(cluster, role, database));
        }
        return result.build();
    }

    private Set<DatabasePrivilege> missingPrivileges(String database) {
        Set<DatabasePrivilege> missing = EnumSet.noneOf(DatabasePrivilege.class);
        for (DatabasePrivilege privilege : options.privileges()) {
            if (!holds(privilege, database)) {
                missing.add(privilege);
            }
        }
        return missing;
    }

    private boolean holds(DatabasePrivilege privilege, String database) {
        if (globalPrivileges.contains(privilege.sql())) {
            return true;
        }
        return schemaPrivileges.entrySet().stream()
                .anyMatch(e -> GrantPatterns.covers(e.getKey(), database) && e.getValue().contains(privilege.sql()));
    }

    private void readPrivileges(String grantee) throws SQLException {
        String global = "SELECT GRANTEE, PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ?";
        for (String[] row : ServerQueries.rows(connection, global, grantee)) {
            if (row[0].equals(grantee)) {
                globalPrivileges.add(row[1]);
            }
        }
        String schema = "SELECT GRANTEE, TABLE_SCHEMA, PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES"
                + " WHERE GRANTEE = ?";
        for (String[] row : ServerQueries.rows(connection, schema, grantee)) {
            if (row[0].equals(grantee)) {
                schemaPrivileges.computeIfAbsent(row[1], k -> new HashSet<>()).add(row[2]);
            }
        }
    }
}
