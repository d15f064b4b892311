package org.lbkit.db.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.lbkit.db.CharsetPolicy;
import org.lbkit.db.DatabasePrivilege;
import org.lbkit.db.LbDatabaseException;
import org.lbkit.db.ServerInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks, before anything is planned, that the administration user has the global privileges
 * provisioning needs: CREATE for databases, CREATE USER for accounts and passwords, SELECT to
 * read {@code mysql.user} and {@code mysql.db}, GRANT OPTION plus every privilege it hands to the
 * cluster user, and ALTER when databases may be converted. Verifying access only reads, so it
 * needs global SELECT alone.
 */
final class AdminPrivileges {

    private static final Logger LOG = LoggerFactory.getLogger(AdminPrivileges.class);

    private AdminPrivileges() {
    }

    /**
     * Checks the privileges that {@code plan} and {@code apply} need.
     *
     * @throws LbDatabaseException of kind {@code MISSING_PRIVILEGES} naming the missing ones
     */
    static void check(Connection connection, ServerInfo server, ProvisioningOptions options, String jdbcUrl)
            throws SQLException {
        check(connection, server, required(options), true, "provisioning", jdbcUrl);
    }

    /**
     * Checks the privilege that reading the grant tables and every database needs: global SELECT.
     *
     * @throws LbDatabaseException of kind {@code MISSING_PRIVILEGES} when it is missing
     */
    static void checkReading(Connection connection, ServerInfo server, String jdbcUrl) throws SQLException {
        check(connection, server, Set.of("SELECT"), false, "verifying access", jdbcUrl);
    }

    private static void check(Connection connection, ServerInfo server, Set<String> required, boolean grantOption,
            String purpose, String jdbcUrl) throws SQLException {
        String grantee = ServerQueries.currentGrantee(connection);
        Set<String> granted = new LinkedHashSet<>();
        boolean grantable = false;
        String sql = "SELECT GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE FROM information_schema.USER_PRIVILEGES"
                + " WHERE GRANTEE = ?";
        for (String[] row : ServerQueries.rows(connection, sql, grantee)) {
            if (row[0].equals(grantee)) {
                granted.add(row[1]);
                grantable |= "YES".equalsIgnoreCase(row[2]);
            }
        }

        Set<String> missing = new LinkedHashSet<>(required);
        missing.removeAll(granted);
        if (grantOption && !grantable) {
            missing.add("GRANT OPTION");
        }
        if (missing.isEmpty()) {
            return;
        }
        if (ServerQueries.hasActiveRole(connection, server)) {
            LOG.debug("administration user {} lacks {} directly but has an active role; statements will tell",
                    grantee, missing);
            return;
        }
        throw new LbDatabaseException(LbDatabaseException.Kind.MISSING_PRIVILEGES, "the administration user "
                + grantee + " on " + JdbcUrls.redact(jdbcUrl) + " lacks the global privilege(s) " + missing
                + " that " + purpose + " needs; grant them, for example: GRANT " + String.join(", ", required)
                + " ON *.* TO " + grantee + (grantOption ? " WITH GRANT OPTION" : ""), jdbcUrl, null, 0, null);
    }

    private static Set<String> required(ProvisioningOptions options) {
        Set<String> required = new LinkedHashSet<>();
        required.add("SELECT");
        required.add("CREATE");
        required.add("CREATE USER");
        if (options.charsetPolicy() == CharsetPolicy.CONVERT) {
            required.add("ALTER");
        }
        for (DatabasePrivilege privilege : options.privileges()) {
            required.add(privilege.sql());
        }
        return required;
    }
}
