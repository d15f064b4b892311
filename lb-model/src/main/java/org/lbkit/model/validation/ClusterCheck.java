package org.lbkit.model.validation;

import java.util.List;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;

/** One group of rules checked against a cluster, without touching any server. */
@FunctionalInterface
public interface ClusterCheck {

    /**
     * Checks the cluster.
     *
     * @param cluster the cluster
     * @return the findings, empty when the cluster complies
     */
    List<Finding> check(Cluster cluster);
}
