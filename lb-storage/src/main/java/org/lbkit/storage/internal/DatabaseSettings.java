package org.lbkit.storage.internal;

import java.util.ArrayList;
import java.util.List;

import org.lbkit.model.ConnectionForm;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Databases;
import org.lbkit.model.Cluster;
import org.lbkit.model.IceWarpDbConnection;
import org.lbkit.model.Node;
import org.lbkit.model.PdoConnection;
import org.lbkit.model.Platform;
import org.lbkit.model.Secret;
import org.lbkit.storage.ApiVariable;
import org.lbkit.storage.OdbcDsn;
import org.lbkit.storage.RenderedFile;
import org.lbkit.storage.TableCreation;

/** Computes the database part of a node's settings: connection variables, tables and DSNs. */
final class DatabaseSettings {

    /** Table codes created before the services start; the others are created after. */
    private static final List<DatabaseRole> BEFORE_SERVICES =
            List.of(DatabaseRole.ACCOUNTS, DatabaseRole.ANTISPAM, DatabaseRole.DIRECTORY_CACHE);
    private static final List<DatabaseRole> AFTER_SERVICES = List.of(DatabaseRole.GROUPWARE, DatabaseRole.ACTIVESYNC);

    // NOTE: the driver name is the one MySQL Connector/ODBC 8.0 registers; a node with another
    // connector version needs the name its ODBC administrator lists.
    static final String ODBC_DRIVER = "MySQL ODBC 8.0 Unicode Driver";

    private static final Secret MASKED = Secret.of(RenderedFile.MASK);

    private DatabaseSettings() {
    }

    static List<ApiVariable> variables(Cluster cluster, Node node) {
        List<ApiVariable> variables = new ArrayList<>();
        for (DatabaseRole role : DatabaseRole.values()) {
            if (role.connectionForm() == ConnectionForm.SIX_FIELD) {
                variables.add(sixField(cluster.databases(), role));
            } else {
                variables.addAll(pdo(cluster.databases(), role));
            }
        }
        return variables;
    }

    private static ApiVariable sixField(Databases databases, DatabaseRole role) {
        String source = "Database > " + role.key() + ": database " + databases.name(role) + " on "
                + databases.server() + " as user " + databases.user();
        return ApiVariable.secret(role.apiVariables().get(0), sixFieldConnection(databases, role, databases.password()),
                sixFieldConnection(databases, role, MASKED), source);
    }

    private static String sixFieldConnection(Databases databases, DatabaseRole role, Secret password) {
        DatabaseServer server = databases.server();
        return IceWarpDbConnection.mysql(databases.name(role), databases.user(), password, server.host(), server.port())
                .format();
    }

    private static List<ApiVariable> pdo(Databases databases, DatabaseRole role) {
        List<String> names = role.apiVariables();
        List<ApiVariable> variables = new ArrayList<>();
        if (databases.storage(role) == DatabaseStorage.SQLITE) {
            String source = "Database > " + role.key() + ": SQLite (empty connection) on the share";
            names.forEach(name -> variables.add(ApiVariable.of(name, "", source)));
            return variables;
        }
        DatabaseServer server = databases.server();
        PdoConnection connection = PdoConnection.mysql(server.host(), server.port(), databases.name(role),
                databases.user(), databases.password());
        String source = "Database > " + role.key() + ": database " + databases.name(role) + " on " + server;
        variables.add(ApiVariable.of(names.get(0), connection.dsn(), source + " (PDO DSN)"));
        if (names.size() > 1) {
            variables.add(ApiVariable.of(names.get(1), databases.user(), source + " (user)"));
        }
        if (names.size() > 2) {
            variables.add(ApiVariable.secret(names.get(2), databases.password().reveal(), RenderedFile.MASK,
                    source + " (password)"));
        }
        return variables;
    }

    static List<TableCreation> tableCreations(Cluster cluster, Node node) {
        List<TableCreation> creations = new ArrayList<>();
        if (!node.isMaster()) {
            return creations;
        }
        Databases databases = cluster.databases();
        for (DatabaseRole role : BEFORE_SERVICES) {
            creations.add(creation(databases, role, TableCreation.Phase.BEFORE_SERVICES));
        }
        for (DatabaseRole role : AFTER_SERVICES) {
            creations.add(creation(databases, role, TableCreation.Phase.AFTER_SERVICES));
        }
        return creations;
    }

    // NOTE: the ActiveSync connection variable takes a PDO DSN, but IceWarp 13's container setup
    // passes the six-field string to "tool create tables 6", so every creation uses six fields.
    private static TableCreation creation(Databases databases, DatabaseRole role, TableCreation.Phase phase) {
        return TableCreation.builder()
                .role(role)
                .code(role.createTablesCode().orElseThrow())
                .phase(phase)
                .connection(sixFieldConnection(databases, role, databases.password()))
                .redactedConnection(sixFieldConnection(databases, role, MASKED))
                .build();
    }

    static List<OdbcDsn> odbcDsns(Cluster cluster, Node node) {
        List<OdbcDsn> dsns = new ArrayList<>();
        if (!SettingsCalculator.usesOdbc(node) || node.platform() != Platform.WINDOWS) {
            return dsns;
        }
        Databases databases = cluster.databases();
        for (DatabaseRole role : DatabaseRole.values()) {
            if (databases.storage(role) == DatabaseStorage.MYSQL) {
                dsns.add(OdbcDsn.builder()
                        .name(databases.name(role))
                        .role(role)
                        .driver(ODBC_DRIVER)
                        .server(databases.server().host())
                        .port(databases.server().port())
                        .database(databases.name(role))
                        .build());
            }
        }
        return dsns;
    }

    static List<String> notes(Cluster cluster, Node node) {
        List<String> notes = new ArrayList<>();
        Databases databases = cluster.databases();
        if (databases.storage(DatabaseRole.WEBCLIENT_CACHE) == DatabaseStorage.MYSQL) {
            notes.add("Set <dbuser> and <dbpass> (HTML-entity encoded) in config/_webmail/server.xml on the share for"
                    + " the WebClient cache database " + databases.name(DatabaseRole.WEBCLIENT_CACHE)
                    + "; no API variable for them is known.");
        }
        if (databases.backup().isPresent()) {
            notes.add("Enter the backup database server " + databases.backup().get() + " in each database's"
                    + " settings by hand; the syntax of a backup connection inside IceWarp's connection string is"
                    + " not documented.");
        }
        if (SettingsCalculator.usesOdbc(node)) {
            notes.add("The node is set to ODBC access: after the data sources exist, switch each database to ODBC in"
                    + " the console. IceWarp's connection-string code for ODBC is not documented, so the variables"
                    + " select the MySQL client library.");
        }
        return notes;
    }
}
