package org.lbkit.db.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lbkit.db.ServerFlavor;
import org.lbkit.db.ServerInfo;

/**
 * Read-only queries shared by the administration run and the verification. Names are compared
 * in Java after the query, because {@code information_schema} compares them case-insensitively
 * on some servers; {@code LIKE} is never used, since {@code _} and {@code %} are wildcards there.
 */
final class ServerQueries {

    /** IceWarp's marker table; servers with lower_case_table_names=1 store its name in lower case. */
    private static final Set<String> METADATA_TABLE = Set.of("MetaData", "metadata");

    private ServerQueries() {
    }

    /**
     * Runs a query with one string parameter and returns every row as strings.
     *
     * @param connection the connection
     * @param sql the query, with one {@code ?}
     * @param parameter the parameter's value
     * @return the rows, each with one value per column
     * @throws SQLException when the query fails
     */
    static List<String[]> rows(Connection connection, String sql, String parameter) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static ServerInfo serverInfo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT VERSION(), @@version_comment")) {
            row.next();
            return ServerInfo.parse(row.getString(1), row.getString(2));
        }
    }

    static String text(Connection connection, String expression) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + expression)) {
            row.next();
            String value = row.getString(1);
            return value == null ? "" : value;
        }
    }

    /** Returns {@code CURRENT_USER()} as the grantee form {@code 'user'@'host'} of information_schema. */
    static String currentGrantee(Connection connection) throws SQLException {
        String account = text(connection, "CURRENT_USER()");
        int at = account.lastIndexOf('@');
        return "'" + account.substring(0, at) + "'@'" + account.substring(at + 1) + "'";
    }

    /** Returns whether a role is active, whose privileges information_schema does not list as the user's. */
    static boolean hasActiveRole(Connection connection, ServerInfo server) throws SQLException {
        if (server.flavor() == ServerFlavor.MYSQL && !server.isAtLeast(8, 0, 0)) {
            return false;
        }
        String role = text(connection, "CURRENT_ROLE()");
        return !role.isEmpty() && !"NONE".equalsIgnoreCase(role);
    }

    static Set<String> utf8mb4Collations(Connection connection) throws SQLException {
        Set<String> collations = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COLLATION_NAME FROM information_schema.COLLATIONS"
                        + " WHERE CHARACTER_SET_NAME = 'utf8mb4'")) {
            while (rows.next()) {
                collations.add(rows.getString(1));
            }
        }
        return collations;
    }

    static Optional<SchemaInfo> schema(Connection connection, String database) throws SQLException {
        String sql = "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?";
        for (String[] row : rows(connection, sql, database)) {
            if (row[0].equals(database)) {
                return Optional.of(new SchemaInfo(database, row[1], row[2], tables(connection, database).size()));
            }
        }
        return Optional.empty();
    }

    /** Returns the names of the tables in a database, compared by exact database name. */
    static Set<String> tables(Connection connection, String database) throws SQLException {
        Set<String> found = new LinkedHashSet<>();
        String sql = "SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?";
        for (String[] row : rows(connection, sql, database)) {
            if (row[0].equals(database)) {
                found.add(row[1]);
            }
        }
        return found;
    }

    /**
     * Returns whether IceWarp's tables exist in a database, judged by its {@code MetaData} table.
     *
     * @param connection the connection
     * @param database the database name, compared exactly
     * @return {@code true} when the {@code MetaData} table exists
     * @throws SQLException when the query fails
     */
    static boolean icewarpTablesPresent(Connection connection, String database) throws SQLException {
        return tables(connection, database).stream().anyMatch(METADATA_TABLE::contains);
    }
}
