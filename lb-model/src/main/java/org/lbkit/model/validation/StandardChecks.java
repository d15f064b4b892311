package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.Severity;
import org.lbkit.model.internal.Characters;
import org.lbkit.model.internal.WindowsNames;

/**
 * The checks behind {@link ClusterValidator#standard()}, in report order: the cluster's name,
 * nodes, uniqueness, licences, local folders, share, credentials, databases, archive and index,
 * resilience.
 */
final class StandardChecks {

    private StandardChecks() {
    }

    static List<ClusterCheck> all() {
        List<ClusterCheck> checks = new ArrayList<>();
        checks.add(StandardChecks::clusterName);
        checks.addAll(NodeChecks.all());
        checks.addAll(UniquenessChecks.all());
        checks.addAll(LicenceChecks.all());
        checks.addAll(LocalPathChecks.all());
        checks.addAll(ShareChecks.all());
        checks.addAll(CredentialChecks.all());
        checks.addAll(DatabaseChecks.all());
        checks.addAll(ArchiveChecks.all());
        checks.addAll(ResilienceChecks.all());
        return List.copyOf(checks);
    }

    /** Checks that the cluster's name can be used in file names, as lbkit's renderers do. */
    private static List<Finding> clusterName(Cluster cluster) {
        String name = cluster.name();
        String problem = name.equals(".") || name.equals("..") ? "it is a relative folder name"
                : WindowsNames.segmentProblem(name);
        if (problem == null) {
            return List.of();
        }
        return List.of(Finding.of("cluster-name-invalid", Severity.ERROR, "name", "the cluster name "
                + Characters.quote(name) + " cannot be used in file names: " + problem,
                "use letters, digits, '-' and '_', such as mail"));
    }
}
