package org.lbkit.examples.rollout;

import java.util.ArrayList;
import java.util.List;

import org.lbkit.db.AccessReport;
import org.lbkit.db.DatabaseProvisioner;
import org.lbkit.db.NodeAccess;
import org.lbkit.db.ProvisioningPlan;
import org.lbkit.db.ProvisioningReport;
import org.lbkit.db.ProvisioningStep;
import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;

/**
 * The guide's "on the database machine" step: plan, apply, then verify from the administrator's
 * side that every node has its account and privileges on every database.
 */
final class DatabaseStep {

    static final String TITLE = "Databases";

    private DatabaseStep() {
    }

    static StepReport run(Cluster cluster, DatabaseProvisioner provisioner, RolloutConsole console) {
        List<String> details = new ArrayList<>();
        List<String> todo = new ArrayList<>();

        ProvisioningPlan plan = provisioner.plan(cluster);
        show(console, details, "server " + plan.server() + " at " + plan.jdbcUrl());
        show(console, details, "plan: " + plan.steps().size() + " steps, " + plan.pendingSteps().size() + " to apply");
        for (ProvisioningStep step : plan.pendingSteps()) {
            show(console, details, "  " + step.kind() + " " + step.target() + ": " + step.reason());
        }
        for (Finding finding : plan.findings()) {
            show(console, details, "  " + finding);
        }

        ProvisioningReport report = provisioner.apply(cluster);
        int applied = report.results(org.lbkit.db.StepStatus.APPLIED).size();
        int unchanged = report.results(org.lbkit.db.StepStatus.UNCHANGED).size();
        show(console, details, "apply: " + applied + " applied, " + unchanged + " already in place");
        if (!report.isSuccessful()) {
            report.results(org.lbkit.db.StepStatus.FAILED).forEach(r -> show(console, details, "  FAILED " + r));
            return StepReport.failed(TITLE, "a statement failed", details);
        }

        if (!verify(cluster, provisioner, console, details, todo)) {
            return StepReport.failed(TITLE, "verification failed", details);
        }
        String headline = applied > 0
                ? applied + " statements applied, " + unchanged + " already in place"
                : "nothing to apply, " + unchanged + " steps already in place";
        return new StepReport(TITLE, applied > 0 ? StepStatus.CHANGED : StepStatus.UNCHANGED, headline, details,
                todo);
    }

    /** Verifies from the administrator's side; the cluster user can only log in from the nodes. */
    private static boolean verify(Cluster cluster, DatabaseProvisioner provisioner, RolloutConsole console,
            List<String> details, List<String> todo) {
        AccessReport access = provisioner.verifyAccess(cluster);
        long ready = access.nodes().stream().filter(NodeAccess::isReady).count();
        show(console, details, "verify: " + ready + " of " + access.nodes().size() + " nodes can reach all "
                + access.roles().stream().filter(r -> r.skippedReason().isEmpty()).count() + " databases");
        for (Finding problem : access.problems()) {
            show(console, details, "  " + problem);
        }
        boolean tablesMissing = access.roles().stream()
                .anyMatch(r -> r.skippedReason().isEmpty() && r.present() && !r.icewarpTablesPresent());
        if (tablesMissing) {
            // The master's entry in the to-do list says that its tool script creates them.
            show(console, details, "IceWarp's tables do not exist yet; the master's tool script creates them"
                    + " (tool create tables 0, 3, 4 before the services start; 2 and 6 after)");
        }
        return access.isReady();
    }

    static void show(RolloutConsole console, List<String> details, String line) {
        details.add(line);
        console.line("      " + line);
    }
}
