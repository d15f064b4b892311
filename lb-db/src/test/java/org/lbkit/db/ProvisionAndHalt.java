package org.lbkit.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Databases;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;

/**
 * Child-JVM entry point for the kill test: provisions the guide's cluster on a loopback server and
 * halts the JVM, without any cleanup, before step N runs. Arguments: port, admin user, N; the
 * admin password arrives on standard input.
 */
public final class ProvisionAndHalt {

    /** The exit status of a halted run. */
    static final int HALT_STATUS = 137;

    private ProvisionAndHalt() {
    }

    /**
     * Runs the provisioning and halts.
     *
     * @param args port, admin user, and the 1-based step before which to halt
     * @throws IOException when standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        int haltBefore = Integer.parseInt(args[2]);
        Secret adminPassword = Secret.of(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        int[] started = {0};

        DatabaseProvisioner provisioner = DatabaseProvisioner.builder()
                .jdbcUrl("jdbc:mysql://127.0.0.1:" + port + "/")
                .adminUser(args[1])
                .adminPassword(adminPassword)
                .sslMode(SslMode.DISABLED)
                .connectTimeout(Duration.ofSeconds(5))
                .listener(new ProvisioningListener() {
                    @Override
                    public void beforeStep(ProvisioningStep step) {
                        if (++started[0] == haltBefore) {
                            Runtime.getRuntime().halt(HALT_STATUS);
                        }
                    }
                })
                .build();
        provisioner.apply(cluster(port));
    }

    private static Cluster cluster(int port) {
        return Cluster.builder()
                .name("mail")
                .share(Share.builder().root("\\\\192.168.100.74\\icewarp\\share\\").user("IceWarp")
                        .password(Secret.of("icewarppwd")).build())
                .databases(Databases.builder().server(DatabaseServer.of("127.0.0.1", port)).user("icewarp")
                        .password(Secret.of(TestClusters.CLUSTER_PASSWORD)).build())
                .addNodes(Node.master("1", "server1", "192.168.100.83"),
                        Node.slave("2", "server2", "192.168.100.84"),
                        Node.slave("3", "server3", "192.168.100.85"))
                .build();
    }
}
