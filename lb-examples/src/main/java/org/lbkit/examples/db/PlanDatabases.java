package org.lbkit.examples.db;

import java.io.PrintStream;
import java.nio.file.Path;

import org.lbkit.db.DatabaseProvisioner;
import org.lbkit.db.ProvisioningPlan;
import org.lbkit.model.Cluster;
import org.lbkit.model.ClusterFiles;
import org.lbkit.model.Secret;

/**
 * Example: show what provisioning would do on a database server, without changing anything. The
 * plan lists each statement with its reason; passwords in it are masked.
 *
 * <pre>java … org.lbkit.examples.db.PlanDatabases cluster.yaml jdbc:mysql://db:3306/ root env:DB_ROOT_PW</pre>
 */
public final class PlanDatabases {

    private PlanDatabases() {
    }

    /**
     * Prints the plan for a cluster file, an administration URL, user and password reference.
     *
     * @param args cluster file, JDBC URL, admin user, admin password as {@code env:NAME} or {@code file:PATH}
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: PlanDatabases CLUSTER_FILE JDBC_URL ADMIN_USER env:NAME|file:PATH");
            System.exit(2);
        }
        Cluster cluster = ClusterFiles.read(Path.of(args[0]));
        run(cluster, args[1], args[2], Secret.parse(args[3]), System.out);
    }

    /**
     * Reads the server and prints the steps provisioning would take.
     *
     * @param cluster the cluster
     * @param jdbcUrl the administration URL, without a database
     * @param adminUser the administration user
     * @param adminPassword the administration password
     * @param out where to print
     * @return the plan
     */
    public static ProvisioningPlan run(Cluster cluster, String jdbcUrl, String adminUser, Secret adminPassword,
            PrintStream out) {
        DatabaseProvisioner provisioner = DatabaseProvisioner.builder()
                .jdbcUrl(jdbcUrl)
                .adminUser(adminUser)
                .adminPassword(adminPassword)
                .build();

        ProvisioningPlan plan = provisioner.plan(cluster);

        out.println(plan.server() + ": " + plan.pendingSteps().size() + " of " + plan.steps().size()
                + " steps to apply");
        plan.pendingSteps().forEach(step -> out.println("  " + step.sql() + "   -- " + step.reason()));
        return plan;
    }
}
