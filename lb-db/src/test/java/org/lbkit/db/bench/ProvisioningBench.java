package org.lbkit.db.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.lbkit.db.DatabaseProvisioner;
import org.lbkit.db.ProvisioningPlan;
import org.lbkit.db.ProvisioningReport;
import org.lbkit.db.ProvisioningStep;
import org.lbkit.db.SslMode;
import org.lbkit.db.StepStatus;
import org.lbkit.db.testing.MariaDbServer;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Databases;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;

/**
 * Times {@code apply} for a 50-node cluster on a fresh MariaDB and again on the provisioned one,
 * and the {@code mariadb} client running the same statements from a file on another fresh
 * server. Run by {@code bench/db-provision.sh}; the argument is the build folder for the servers.
 */
public final class ProvisioningBench {

    private static final int NODES = 50;
    private static final String CLUSTER_PASSWORD = "BenchClusterPw42";

    private ProvisioningBench() {
    }

    /**
     * Runs the benchmark and prints the times.
     *
     * @param args the folder for the servers' files, such as {@code lb-db/target}
     * @throws Exception when a server or the client fails
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        List<String> statements;
        long freshNanos;
        long provisionedNanos;
        String version;
        int applied;

        try (MariaDbServer server = new MariaDbServer(target).start()) {
            Cluster cluster = cluster(server.port());
            DatabaseProvisioner provisioner = provisioner(server);
            // The plan on the fresh server loads every class the run needs, so apply is timed warm.
            ProvisioningPlan plan = provisioner.plan(cluster);
            statements = statementsOf(plan);
            version = plan.server().versionText();

            long start = System.nanoTime();
            ProvisioningReport fresh = provisioner.apply(cluster).requireSuccess();
            freshNanos = System.nanoTime() - start;
            applied = fresh.results(StepStatus.APPLIED).size();

            start = System.nanoTime();
            ProvisioningReport again = provisioner.apply(cluster).requireSuccess();
            provisionedNanos = System.nanoTime() - start;
            if (!again.results(StepStatus.APPLIED).isEmpty()) {
                throw new IllegalStateException("the second run applied steps: " + again.results(StepStatus.APPLIED));
            }
        }

        long clientNanos;
        try (MariaDbServer server = new MariaDbServer(target).start()) {
            Path file = target.resolve("db-provision-statements.sql");
            Files.writeString(file, String.join(";\n", statements) + ";\n", StandardCharsets.UTF_8);
            clientNanos = runClient(server, file);
        }

        print(version, statements.size(), applied, freshNanos, provisionedNanos, clientNanos);
    }

    private static Cluster cluster(int port) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 1; i <= NODES; i++) {
            Node.Builder node = Node.builder().id(String.valueOf(i)).name("server" + i).address("10.20.0." + i);
            nodes.add(node.master(i == 1).build());
        }
        return Cluster.builder()
                .name("bench")
                .share(Share.builder().root("\\\\10.20.1.1\\icewarp\\share\\").user("IceWarp")
                        .password(Secret.of("unused")).build())
                .databases(Databases.builder().server(DatabaseServer.of("127.0.0.1", port)).user("icewarp")
                        .password(Secret.of(CLUSTER_PASSWORD)).build())
                .nodes(nodes)
                .build();
    }

    private static DatabaseProvisioner provisioner(MariaDbServer server) {
        return DatabaseProvisioner.builder()
                .jdbcUrl(server.jdbcUrl())
                .adminUser(server.adminUser())
                .adminPassword(server.adminPassword())
                .sslMode(SslMode.DISABLED)
                .build();
    }

    /** Returns the plan's pending statements with the masked password put back, for the client. */
    private static List<String> statementsOf(ProvisioningPlan plan) {
        List<String> statements = new ArrayList<>();
        for (ProvisioningStep step : plan.pendingSteps()) {
            statements.add(step.sql().replace("'****'", "'" + CLUSTER_PASSWORD + "'"));
        }
        return statements;
    }

    private static long runClient(MariaDbServer server, Path file) throws IOException, InterruptedException {
        ProcessBuilder client = new ProcessBuilder("mariadb", "--no-defaults", "--protocol=TCP", "--host=127.0.0.1",
                "--port=" + server.port(), "--user=" + server.adminUser())
                .redirectInput(file.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        client.environment().put("MYSQL_PWD", server.adminPassword().reveal());
        long start = System.nanoTime();
        Process process = client.start();
        if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("the mariadb client failed on " + file);
        }
        return System.nanoTime() - start;
    }

    private static void print(String version, int statements, int applied, long fresh, long provisioned, long client) {
        System.out.printf(Locale.ROOT, "server: MariaDB %s, %d nodes, %d statements (%d applied)%n", version, NODES,
                statements, applied);
        System.out.printf(Locale.ROOT, "apply on fresh server:        %8.1f ms  (%.2f x client)%n", millis(fresh),
                (double) fresh / client);
        System.out.printf(Locale.ROOT, "apply on provisioned server:  %8.1f ms  (%.2f x client)%n",
                millis(provisioned), (double) provisioned / client);
        System.out.printf(Locale.ROOT, "mariadb client, same file:    %8.1f ms%n", millis(client));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
