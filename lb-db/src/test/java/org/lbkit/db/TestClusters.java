package org.lbkit.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.lbkit.db.testing.MariaDbServer;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Databases;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;

/** Clusters and connections shared by the database tests. */
final class TestClusters {

    static final String CLUSTER_PASSWORD = "Cluster-pw-1";

    private TestClusters() {
    }

    /** Returns the guide's three nodes, with the database server at the test server. */
    static Cluster.Builder guide(MariaDbServer server) {
        return Cluster.builder()
                .name("mail")
                .share(Share.builder().root("\\\\192.168.100.74\\icewarp\\share\\").user("IceWarp")
                        .password(Secret.of("icewarppwd")).build())
                .databases(databases(server).build())
                .addNodes(Node.master("1", "server1", "192.168.100.83"),
                        Node.slave("2", "server2", "192.168.100.84"),
                        Node.slave("3", "server3", "192.168.100.85"));
    }

    /** Returns a cluster whose second node sits at 127.0.0.1, so tests can log in as the cluster user. */
    static Cluster.Builder local(MariaDbServer server) {
        return guide(server).nodes(java.util.List.of(Node.master("1", "server1", "192.168.100.83"),
                Node.slave("9", "local", "127.0.0.1")));
    }

    static Databases.Builder databases(MariaDbServer server) {
        return Databases.builder()
                .server(DatabaseServer.of("127.0.0.1", server.port()))
                .user("icewarp")
                .password(Secret.of(CLUSTER_PASSWORD));
    }

    static DatabaseProvisioner.Builder provisioner(MariaDbServer server) {
        return DatabaseProvisioner.builder()
                .jdbcUrl(server.jdbcUrl())
                .adminUser(server.adminUser())
                .adminPassword(server.adminPassword())
                .sslMode(SslMode.DISABLED)
                .connectTimeout(java.time.Duration.ofSeconds(5));
    }

    /** Opens a plain JDBC connection, as a node would. */
    static Connection login(String host, int port, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("sslMode", "DISABLED");
        properties.setProperty("characterEncoding", "UTF-8");
        properties.setProperty("connectTimeout", "5000");
        String shown = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return DriverManager.getConnection("jdbc:mysql://" + shown + ":" + port + "/", properties);
    }
}
