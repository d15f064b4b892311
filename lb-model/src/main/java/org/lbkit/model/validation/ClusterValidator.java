package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.ValidationReport;

/**
 * Runs a list of {@link ClusterCheck}s and collects every finding into one report. A check that
 * throws is a bug in the check; its exception propagates.
 */
public final class ClusterValidator {

    private final List<ClusterCheck> checks;

    private ClusterValidator(List<ClusterCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * Returns the validator with every rule of the load-balancing guide.
     *
     * @return the standard validator
     */
    public static ClusterValidator standard() {
        return new ClusterValidator(StandardChecks.all());
    }

    /**
     * Returns a validator running the standard checks followed by extra ones.
     *
     * @param extra checks of the caller's own
     * @return the validator
     */
    public static ClusterValidator standardWith(ClusterCheck... extra) {
        List<ClusterCheck> all = new ArrayList<>(StandardChecks.all());
        for (ClusterCheck check : extra) {
            all.add(Objects.requireNonNull(check, "check"));
        }
        return new ClusterValidator(all);
    }

    /**
     * Validates a cluster.
     *
     * @param cluster the cluster
     * @return the report with the findings of every check
     */
    public ValidationReport validate(Cluster cluster) {
        Objects.requireNonNull(cluster, "cluster");
        List<Finding> findings = new ArrayList<>();
        for (ClusterCheck check : checks) {
            findings.addAll(check.check(cluster));
        }
        return ValidationReport.of(findings);
    }
}
