package org.lbkit.examples.rollout;

import java.util.ArrayList;
import java.util.List;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.LbException;
import org.lbkit.model.Secret;
import org.lbkit.model.Severity;
import org.lbkit.model.ValidationReport;

/** The first step: every rule of the guide checked; errors stop the rollout, warnings are shown. */
final class ValidateStep {

    static final String TITLE = "Validate the cluster";

    private ValidateStep() {
    }

    static StepReport run(Cluster cluster, ValidationReport report, RolloutConsole console) {
        List<String> details = new ArrayList<>();
        DatabaseStep.show(console, details, report.errors().size() + " errors, " + report.warnings().size()
                + " warnings, " + report.findings(Severity.INFO).size() + " notes");
        for (Finding finding : report.findings()) {
            DatabaseStep.show(console, details, "  " + finding);
        }
        List<String> unresolved = unresolvedSecrets(cluster);
        unresolved.forEach(problem -> DatabaseStep.show(console, details, "  " + problem));

        String headline = report.errors().size() + " errors, " + report.warnings().size() + " warnings, "
                + report.findings(Severity.INFO).size() + " notes";
        boolean valid = report.isValid() && unresolved.isEmpty();
        if (!unresolved.isEmpty()) {
            headline += ", " + unresolved.size() + " passwords not readable";
        }
        return new StepReport(TITLE, valid ? StepStatus.PASSED : StepStatus.FAILED, headline, details, List.of());
    }

    /**
     * Reads every password the rollout needs, so that a missing variable or file stops it before
     * anything is created.
     */
    static List<String> unresolvedSecrets(Cluster cluster) {
        List<String> problems = new ArrayList<>();
        check(cluster.share().password(), "share.password", problems);
        check(cluster.databases().password(), "databases.password", problems);
        return problems;
    }

    private static void check(Secret secret, String path, List<String> problems) {
        try {
            secret.reveal();
        } catch (LbException e) {
            problems.add("ERROR [secret-unreadable] at " + path + ": " + e.getMessage());
        }
    }
}
