package org.lbkit.db.internal;

import java.util.Optional;
import java.util.OptionalInt;

import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.IceWarpDbConnection;
import org.lbkit.model.InvalidConnectionStringException;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.Secret;

/**
 * Writes the {@code tool create tables <code> "<connection>"} command that creates IceWarp's
 * tables in one database, to run on the master. The password is shown as {@code ****}.
 */
final class CreateTablesHints {

    private static final Secret MASKED_PASSWORD = Secret.of("****");

    private CreateTablesHints() {
    }

    static String hint(Cluster cluster, DatabaseRole role, String database) {
        OptionalInt code = role.createTablesCode();
        if (code.isEmpty()) {
            return "IceWarp creates the tables of the " + role.key() + " database itself when it first uses it;"
                    + " no tool command exists for it";
        }
        String connection;
        try {
            connection = connectionString(cluster, database);
        } catch (InvalidConnectionStringException e) {
            return "IceWarp's connection string cannot carry this database's settings: " + e.getMessage();
        }
        Optional<Node> master = cluster.master();
        String where = master.map(n -> "on the master " + n.name()).orElse("on the master node");
        String tool = master.map(CreateTablesHints::toolOf).orElse("tool");
        return "run " + where + ": " + tool + " create tables " + code.getAsInt() + " \"" + connection
                + "\" (replace **** with the cluster's database password)";
    }

    /**
     * Returns the six-field connection string of a database with the password masked.
     *
     * @throws InvalidConnectionStringException when the database or user contains {@code ;}
     */
    static String connectionString(Cluster cluster, String database) {
        DatabaseServer server = cluster.databases().server();
        return IceWarpDbConnection.mysql(database, cluster.databases().user(), MASKED_PASSWORD, server.host(),
                server.port()).format();
    }

    private static String toolOf(Node node) {
        String folder = node.installPath();
        if (node.platform() == Platform.WINDOWS) {
            String separator = folder.endsWith("\\") ? "" : "\\";
            return "\"" + folder + separator + "tool.exe\"";
        }
        return folder + (folder.endsWith("/") ? "" : "/") + "tool.sh";
    }
}
