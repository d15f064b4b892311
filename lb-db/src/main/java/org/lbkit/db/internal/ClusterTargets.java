package org.lbkit.db.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lbkit.db.SkippedRole;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.DatabaseStorage;
import org.lbkit.model.Databases;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;

/**
 * The requirements a cluster puts on its database server: the databases of the roles stored in MySQL, the
 * node addresses to grant, the cluster user and its password. Built once per run, after every
 * name has been checked.
 */
public final class ClusterTargets {

    /** Characters MySQL and MariaDB reject in database names. */
    private static final String FORBIDDEN_IN_DATABASE = "/\\.";
    private static final int MAX_IDENTIFIER = 64;

    private final String clusterName;
    private final Map<String, List<DatabaseRole>> databases;
    private final Map<String, String> rolesByDatabase;
    private final List<SkippedRole> skippedRoles;
    private final Map<String, HostAddress> hosts;
    private final Map<String, String> nodesByHost;
    private final String user;
    private final Secret password;
    private final DatabaseServer server;

    private ClusterTargets(Builder builder) {
        this.clusterName = builder.clusterName;
        this.databases = builder.databases;
        this.rolesByDatabase = builder.rolesByDatabase;
        this.skippedRoles = builder.skippedRoles;
        this.hosts = builder.hosts;
        this.nodesByHost = builder.nodesByHost;
        this.user = builder.user;
        this.password = builder.password;
        this.server = builder.server;
    }

    /**
     * Reads and checks what a cluster needs from its server.
     *
     * @param cluster the cluster
     * @return the targets
     * @throws LbValidationException listing every invalid database name, user or node address
     */
    public static ClusterTargets of(Cluster cluster) {
        Builder builder = new Builder(cluster.name());
        List<String> problems = new ArrayList<>();
        Databases databases = cluster.databases();

        for (DatabaseRole role : DatabaseRole.values()) {
            builder.addRole(role, databases, problems);
        }
        for (Node node : cluster.nodes()) {
            builder.addNode(node, problems);
        }
        builder.user = checkUser(databases.user(), problems);
        builder.password = databases.password();
        builder.server = databases.server();
        if (builder.password.reveal().isEmpty()) {
            problems.add("databases.password is empty; set a password, because every node logs in with it");
        }

        if (!problems.isEmpty()) {
            throw new LbValidationException("cluster " + cluster.name() + " cannot be provisioned: "
                    + String.join("; ", problems));
        }
        return new ClusterTargets(builder);
    }

    /**
     * Checks a database name against the rules MySQL and MariaDB share.
     *
     * @param name the name
     * @return a description of the problem, or {@code null} when the name is valid
     */
    static String databaseNameProblem(String name) {
        if (name.isEmpty()) {
            return "is empty";
        }
        if (name.codePointCount(0, name.length()) > MAX_IDENTIFIER) {
            return "is longer than " + MAX_IDENTIFIER + " characters";
        }
        if (name.endsWith(" ")) {
            return "ends with a space";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (FORBIDDEN_IN_DATABASE.indexOf(c) >= 0 || c == '\0') {
                return "contains '" + (c == '\0' ? "NUL" : String.valueOf(c)) + "', which database names cannot hold";
            }
            if (Character.isSurrogate(c)) {
                return "contains a character outside the Basic Multilingual Plane, which identifiers cannot hold";
            }
        }
        return null;
    }

    private static String checkUser(String user, List<String> problems) {
        if (user.isEmpty() || user.indexOf('\0') >= 0) {
            problems.add("databases.user '" + user + "' must be non-empty and contain no NUL");
        }
        return user;
    }

    /**
     * Returns the cluster's name.
     *
     * @return the name
     */
    public String clusterName() {
        return clusterName;
    }

    /**
     * Returns the distinct databases to provision, in role order, each with the roles using it.
     *
     * @return roles by database name
     */
    public Map<String, List<DatabaseRole>> databases() {
        return databases;
    }

    /**
     * Returns the roles the run leaves alone.
     *
     * @return the skipped roles
     */
    public List<SkippedRole> skippedRoles() {
        return skippedRoles;
    }

    /**
     * Returns the distinct node host parts, in node order.
     *
     * @return the addresses by canonical host
     */
    public Map<String, HostAddress> hosts() {
        return hosts;
    }

    /**
     * Returns the names of the nodes at a host, for reasons and messages.
     *
     * @param host a canonical host
     * @return node names joined by {@code , }
     */
    public String nodesAt(String host) {
        return nodesByHost.getOrDefault(host, "");
    }

    /**
     * Returns the cluster's database user.
     *
     * @return the user name
     */
    public String user() {
        return user;
    }

    /**
     * Returns the cluster user's password.
     *
     * @return the password
     */
    public Secret password() {
        return password;
    }

    /**
     * Returns the server the nodes connect to.
     *
     * @return host and port
     */
    public DatabaseServer server() {
        return server;
    }

    /**
     * Returns the roles using a database, joined for messages.
     *
     * @param database the database name
     * @return role keys joined by {@code , }
     */
    public String rolesOf(String database) {
        return rolesByDatabase.getOrDefault(database, "");
    }

    private static final class Builder {
        private final String clusterName;
        private final Map<String, List<DatabaseRole>> databases = new LinkedHashMap<>();
        private final Map<String, String> rolesByDatabase = new LinkedHashMap<>();
        private final List<SkippedRole> skippedRoles = new ArrayList<>();
        private final Map<String, HostAddress> hosts = new LinkedHashMap<>();
        private final Map<String, String> nodesByHost = new LinkedHashMap<>();
        private String user;
        private Secret password;
        private DatabaseServer server;

        Builder(String clusterName) {
            this.clusterName = clusterName;
        }

        void addRole(DatabaseRole role, Databases model, List<String> problems) {
            if (model.storage(role) == DatabaseStorage.SQLITE) {
                skippedRoles.add(SkippedRole.of(role, "stored as SQLite, so IceWarp keeps it in a file"
                        + " and there is nothing to create on the database server"));
                return;
            }
            String name = model.name(role);
            String problem = databaseNameProblem(name);
            if (problem != null) {
                problems.add("database name '" + name + "' of role " + role.key() + " " + problem);
                return;
            }
            databases.computeIfAbsent(name, n -> new ArrayList<>()).add(role);
            rolesByDatabase.merge(name, role.key(), (a, b) -> a + ", " + b);
        }

        void addNode(Node node, List<String> problems) {
            try {
                HostAddress address = HostAddress.parse(node.address());
                hosts.putIfAbsent(address.host(), address);
                nodesByHost.merge(address.host(), node.name(), (a, b) -> a + ", " + b);
            } catch (LbValidationException e) {
                problems.add("node " + node.name() + ": " + e.getMessage());
            }
        }
    }
}
