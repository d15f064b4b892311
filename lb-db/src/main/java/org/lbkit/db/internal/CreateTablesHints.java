package org.lbkit.db.internal;

import java.util.Map;
import java.util.Optional;

import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;

/**
 * Writes the {@code tool create tables <code> "<connection>"} command that creates IceWarp's
 * tables in one database, to run on the master. The password is shown as {@code ****}.
 */
final class CreateTablesHints {

    // NOTE: this mapping and the six-field string below belong to lb-model (DatabaseRole's
    // create-tables code and IceWarpDbConnection); switch to those once they are available here.
    private static final Map<DatabaseRole, Integer> CODES = Map.of(
            DatabaseRole.ACCOUNTS, 0,
            DatabaseRole.GROUPWARE, 2,
            DatabaseRole.ANTISPAM, 3,
            DatabaseRole.DIRECTORY_CACHE, 4,
            DatabaseRole.ACTIVESYNC, 6);

    private CreateTablesHints() {
    }

    static Optional<String> hint(Cluster cluster, DatabaseRole role, String database) {
        Integer code = CODES.get(role);
        if (code == null) {
            return Optional.of("IceWarp creates the tables of the " + role.key() + " database itself when it"
                    + " first uses it; no tool command exists for it");
        }
        DatabaseServer server = cluster.databases().server();
        String connection = database + ";" + cluster.databases().user() + ";****;" + server.host() + ":"
                + server.port() + ";3;2";
        Optional<Node> master = cluster.master();
        String where = master.map(n -> "on the master " + n.name()).orElse("on the master node");
        String tool = master.map(CreateTablesHints::toolOf).orElse("tool");
        return Optional.of("run " + where + ": " + tool + " create tables " + code + " \"" + connection
                + "\" (replace **** with the cluster's database password)");
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
