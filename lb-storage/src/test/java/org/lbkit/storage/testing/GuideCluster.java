package org.lbkit.storage.testing;

import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Databases;
import org.lbkit.model.LoadBalancer;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;

/** The load-balancing guide's example cluster: a master and two slaves, one share, one database server. */
public final class GuideCluster {

    /** The share password of the guide's example. */
    public static final String SHARE_PASSWORD = "icewarppwd";
    /** The database password used by the tests. */
    public static final String DATABASE_PASSWORD = "db-pw'$`\"%é";

    private GuideCluster() {
    }

    /**
     * Returns the guide's cluster on Windows.
     *
     * @return the cluster builder, ready to build
     */
    public static Cluster.Builder windowsBuilder() {
        return Cluster.builder()
                .name("mail")
                .share(share())
                .databases(databases())
                .loadBalancer(LoadBalancer.builder().name("mail.example.com").address("192.168.100.90").build())
                .addNodes(Node.master("1", "server1", "192.168.100.83"),
                        Node.slave("2", "server2", "192.168.100.84"),
                        Node.slave("3", "server3", "192.168.100.85"));
    }

    /**
     * Returns the guide's cluster on Windows.
     *
     * @return the cluster
     */
    public static Cluster windows() {
        return windowsBuilder().build();
    }

    /**
     * Returns the guide's cluster with Linux nodes that mount the share at {@code /mnt/icewarp}.
     *
     * @return the cluster
     */
    public static Cluster linux() {
        return Cluster.builder()
                .from(windows())
                .nodes(java.util.List.of(
                        linuxNode("1", "server1", "192.168.100.83", true),
                        linuxNode("2", "server2", "192.168.100.84", false),
                        linuxNode("3", "server3", "192.168.100.85", false)))
                .build();
    }

    /**
     * Returns a Linux node mounting the share at {@code /mnt/icewarp/}.
     *
     * @param id the server ID
     * @param name the server name
     * @param address the address
     * @param master whether it is the master
     * @return the node
     */
    public static Node linuxNode(String id, String name, String address, boolean master) {
        return Node.builder().id(id).name(name).address(address).master(master)
                .platform(Platform.LINUX).shareMount("/mnt/icewarp/").build();
    }

    private static Share share() {
        return Share.builder()
                .root("\\\\192.168.100.74\\icewarp\\share\\")
                .user("IceWarp")
                .password(Secret.of(SHARE_PASSWORD))
                .build();
    }

    private static Databases databases() {
        return Databases.builder()
                .server(DatabaseServer.of("192.168.100.80"))
                .user("icewarp")
                .password(Secret.of(DATABASE_PASSWORD))
                .build();
    }
}
