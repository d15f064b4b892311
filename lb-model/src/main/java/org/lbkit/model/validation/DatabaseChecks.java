package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Databases;
import org.lbkit.model.Finding;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;
import org.lbkit.model.internal.Characters;
import org.lbkit.model.internal.KeyPaths;

/**
 * Checks the database server every node shares, the storage of each role, and the database names.
 */
final class DatabaseChecks {

    /** MySQL and MariaDB limit database names to 64 characters. */
    private static final int MAX_NAME_LENGTH = 64;

    private DatabaseChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(DatabaseChecks::servers, DatabaseChecks::storages, DatabaseChecks::names,
                DatabaseChecks::user);
    }

    private static List<Finding> servers(Cluster cluster) {
        Databases databases = cluster.databases();
        List<Finding> findings = new ArrayList<>(host(cluster, "databases.server.host", databases.server()));
        databases.backup().ifPresent(backup -> {
            findings.addAll(host(cluster, "databases.backup.host", backup));
            if (Hosts.key(backup.host()).equals(Hosts.key(databases.server().host()))
                    && backup.port() == databases.server().port()) {
                findings.add(Finding.of("database-backup-same-server", Severity.WARNING, "databases.backup.host",
                        "the backup database server " + backup + " is the primary server, so it adds no"
                                + " redundancy", "point the backup at a replica on another machine"));
            }
        });
        return findings;
    }

    private static List<Finding> host(Cluster cluster, String path, DatabaseServer server) {
        String host = server.host();
        Optional<String> problem = Hosts.problem(host);
        if (problem.isPresent()) {
            return List.of(Finding.of("database-host-invalid", Severity.ERROR, path, "the database host is not an"
                    + " IPv4 address, IPv6 address or DNS name: " + problem.get(), "write the address every node"
                    + " reaches the database server at"));
        }
        if (Hosts.isLoopback(host)) {
            return List.of(Finding.of("database-host-loopback", Severity.ERROR, path, "the database host "
                    + Characters.quote(host) + " is a loopback address, so each node would use a database of its"
                    + " own instead of the shared one", "write the network address of the shared MySQL server,"
                    + " such as 192.168.100.80"));
        }
        if (Hosts.isUnspecified(host)) {
            return List.of(Finding.of("database-host-unspecified", Severity.ERROR, path, "the database host "
                    + Characters.quote(host) + " is the unspecified address, which names no machine",
                    "write the network address of the shared MySQL server"));
        }
        return onNode(cluster, path, host);
    }

    private static List<Finding> onNode(Cluster cluster, String path, String host) {
        if (cluster.nodes().size() < 2) {
            return List.of();
        }
        for (int i = 0; i < cluster.nodes().size(); i++) {
            Node node = cluster.nodes().get(i);
            if (Hosts.key(node.address()).equals(Hosts.key(host)) || node.name().equalsIgnoreCase(host)) {
                return List.of(Finding.of("database-host-on-node", Severity.WARNING, path, "the database host "
                        + Characters.quote(host) + " is " + NodePaths.label(i, node) + "; the other nodes reach it"
                        + " only if MySQL listens on the network, and the cluster's data stops with that node",
                        "run MySQL on a separate server, or make sure it listens on " + host
                                + " and grants every node"));
            }
        }
        return List.of();
    }

    private static List<Finding> storages(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        for (DatabaseRole role : DatabaseRole.values()) {
            DatabaseStorage storage = cluster.databases().storage(role);
            if (!role.allowedStorages().contains(storage)) {
                findings.add(Finding.of("sqlite-not-shared", Severity.ERROR,
                        KeyPaths.child("databases.storage", role.key()), "the " + role.key() + " database is set"
                                + " to " + storage.name().toLowerCase(Locale.ROOT) + ", a file each node would keep"
                                + " for itself, but all nodes must read and write the same " + role.key() + " rows",
                        "store " + role.key() + " in MySQL: remove it from databases.storage or set it to mysql"));
            }
        }
        return findings;
    }

    private static List<Finding> names(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        Map<String, DatabaseRole> seen = new HashMap<>();
        for (DatabaseRole role : DatabaseRole.values()) {
            if (cluster.databases().storage(role) != DatabaseStorage.MYSQL) {
                continue;
            }
            String name = cluster.databases().name(role);
            String path = KeyPaths.child("databases.names", role.key());
            String problem = nameProblem(name);
            if (problem != null) {
                findings.add(Finding.of("database-name-invalid", Severity.ERROR, path, "the " + role.key()
                        + " database name " + Characters.quote(name) + " " + problem, "use letters, digits and '_',"
                        + " such as " + role.defaultDatabaseName()));
                continue;
            }
            DatabaseRole other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), role);
            if (other != null) {
                findings.add(Finding.of("unique-database-name", Severity.WARNING, path, "the " + role.key()
                        + " and " + other.key() + " roles share the database " + Characters.quote(name)
                        + "; the guide recommends one database per role", "give " + role.key() + " its own"
                        + " database, such as " + role.defaultDatabaseName()));
            }
        }
        return findings;
    }

    /** Returns why MySQL or IceWarp's connection string cannot take a database name, or {@code null}. */
    private static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "has " + name.length() + " characters; MySQL allows at most " + MAX_NAME_LENGTH;
        }
        if (name.endsWith(" ")) {
            return "ends with a space, which MySQL rejects";
        }
        Optional<String> forbidden = name.codePoints()
                .filter(c -> c < 0x20 || c == '/' || c == '\\' || c == '.' || c == ';')
                .mapToObj(Characters::describe)
                .findFirst();
        return forbidden.map(c -> "contains " + c + ", which MySQL database names or IceWarp's ';'-separated"
                + " connection string cannot hold").orElse(null);
    }

    private static List<Finding> user(Cluster cluster) {
        String user = cluster.databases().user();
        if (!user.equals("root")) {
            return List.of();
        }
        return List.of(Finding.of("database-user-root", Severity.WARNING, "databases.user", "IceWarp connects as"
                + " the database user 'root', which can read and change every database on the server",
                "create a dedicated user for the cluster with rights on its databases only"));
    }
}
