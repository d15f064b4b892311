package org.lbkit.model;

/** Clusters shared by the tests of several packages. */
public final class TestClusters {

    private TestClusters() {
    }

    /**
     * Returns the guide's three-node cluster with inline secrets.
     *
     * @return the cluster
     */
    public static Cluster guide() {
        return Cluster.builder()
                .name("mail")
                .share(Share.builder()
                        .root("\\\\192.168.100.74\\icewarp\\share\\")
                        .user("IceWarp")
                        .password(Secret.of("icewarppwd"))
                        .build())
                .databases(Databases.builder()
                        .server(DatabaseServer.of("192.168.100.80"))
                        .user("icewarp")
                        .password(Secret.of("dbpw"))
                        .build())
                .addNodes(Node.master("1", "server1", "192.168.100.83"),
                        Node.slave("2", "server2", "192.168.100.84"),
                        Node.slave("3", "server3", "192.168.100.85"))
                .build();
    }

    /**
     * Returns the guide's cluster with its secrets given as environment references, as the
     * guide's cluster file has them.
     *
     * @return the cluster
     */
    public static Cluster guideWithReferences() {
        Cluster cluster = guide();
        return Cluster.builder().from(cluster)
                .share(Share.builder().from(cluster.share())
                        .password(Secret.fromEnv("IW_SHARE_PASSWORD"))
                        .build())
                .databases(Databases.builder().from(cluster.databases())
                        .password(Secret.fromEnv("IW_DB_PASSWORD"))
                        .build())
                .build();
    }
}
