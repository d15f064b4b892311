package org.lbkit.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.immutables.value.Value;
import org.lbkit.model.validation.ClusterValidator;

/**
 * An IceWarp cluster as the load-balancing guide builds it: two or more nodes behind a load
 * balancer, sharing one database server and one SMB share.
 *
 * <p>Building a cluster checks only that required values are present. {@link #validate()} checks
 * every rule of the guide and returns all findings at once.
 */
@Value.Immutable
@LbStyle
public abstract class Cluster {

    /**
     * Returns the cluster's name, used in file names and reports.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the nodes, in the order given; the first configured node is the one whose
     * configuration is copied to the share.
     *
     * @return the nodes
     */
    public abstract List<Node> nodes();

    /**
     * Returns the shared disk.
     *
     * @return the share
     */
    public abstract Share share();

    /**
     * Returns the shared databases.
     *
     * @return the databases
     */
    public abstract Databases databases();

    /**
     * Returns the archive settings.
     *
     * @return the archive settings, archiving disabled by default
     */
    @Value.Default
    public Archive archive() {
        return Archive.defaults();
    }

    /**
     * Returns the full-text index path given explicitly. When absent, the index lives in the
     * share's index folder; when present, it must name that folder.
     *
     * @return the explicit path, if any
     */
    public abstract Optional<String> fullTextIndexPath();

    /**
     * Returns the licence all nodes share, when given once for the cluster.
     *
     * @return the licence, if given for the cluster
     */
    public abstract Optional<Licence> licence();

    /**
     * Returns the load balancer in front of the nodes.
     *
     * @return the load balancer
     */
    @Value.Default
    public LoadBalancer loadBalancer() {
        return LoadBalancer.defaults();
    }

    /**
     * Returns the master node, when exactly one node is master.
     *
     * @return the master, or empty when there is none or several
     */
    public Optional<Node> master() {
        List<Node> masters = nodes().stream().filter(Node::isMaster).collect(Collectors.toList());
        return masters.size() == 1 ? Optional.of(masters.get(0)) : Optional.empty();
    }

    /**
     * Returns the nodes that are not master.
     *
     * @return the slaves, in node order
     */
    public List<Node> slaves() {
        return nodes().stream().filter(n -> !n.isMaster()).collect(Collectors.toList());
    }

    /**
     * Returns the node with a server ID.
     *
     * @param id the server ID
     * @return the node
     * @throws LbValidationException listing the known IDs when no node has this one
     */
    public Node node(String id) {
        return nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow(() ->
                new LbValidationException("no node with server ID '" + id + "' in cluster " + name()
                        + "; known IDs: " + nodes().stream().map(Node::id).collect(Collectors.joining(", "))));
    }

    /**
     * Returns the licence a node runs with: its own, else the cluster's.
     *
     * @param node a node of this cluster
     * @return the effective licence, if any
     */
    public Optional<Licence> licenceOf(Node node) {
        return node.licence().or(this::licence);
    }

    /**
     * Checks every rule of the guide that needs no server.
     *
     * @return all findings
     */
    public ValidationReport validate() {
        return ClusterValidator.standard().validate(this);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Cluster}. */
    public static final class Builder extends ImmutableCluster.Builder {
    }
}
