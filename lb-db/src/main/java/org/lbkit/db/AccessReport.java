package org.lbkit.db;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.Finding;
import org.lbkit.model.LbStyle;
import org.lbkit.model.Severity;

/**
 * The findings of {@link DatabaseProvisioner#verifyAccess}, read over the administration
 * connection: per role the database, and per node its account, password and privileges on each
 * database. It contains no password or password hash. Serialises to JSON with a plain Jackson
 * {@code ObjectMapper}.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"cluster", "server", "jdbcUrl", "adminAccount", "ready", "problems", "roles", "nodes"})
public abstract class AccessReport {

    /**
     * Returns the name of the cluster verified.
     *
     * @return the cluster name
     */
    @JsonProperty("cluster")
    public abstract String clusterName();

    /**
     * Returns the server verified.
     *
     * @return the flavour and version
     */
    @JsonProperty("server")
    public abstract ServerInfo server();

    /**
     * Returns the administration URL, without password.
     *
     * @return the redacted JDBC URL
     */
    @JsonProperty("jdbcUrl")
    public abstract String jdbcUrl();

    /**
     * Returns the administration account the server matched, such as {@code root@10.0.0.5}.
     *
     * @return the value of {@code CURRENT_USER()}
     */
    @JsonProperty("adminAccount")
    public abstract String adminAccount();

    /**
     * Returns each role's database, in role order; roles stored as SQLite are listed as skipped.
     *
     * @return the roles
     */
    @JsonProperty("roles")
    public abstract List<RoleAccess> roles();

    /**
     * Returns each node's access, in the cluster's node order.
     *
     * @return the nodes
     */
    @JsonProperty("nodes")
    public abstract List<NodeAccess> nodes();

    /**
     * Returns the result of one role.
     *
     * @param role the role
     * @return its result
     */
    public RoleAccess role(DatabaseRole role) {
        return roles().stream().filter(r -> r.role() == role).findFirst().orElseThrow(() ->
                new IllegalArgumentException("role " + role.key() + " was not verified"));
    }

    /**
     * Returns the result of one node.
     *
     * @param nodeName the node's name, such as {@code server2}
     * @return its result
     * @throws IllegalArgumentException when the cluster has no node of that name
     */
    public NodeAccess node(String nodeName) {
        return nodes().stream().filter(n -> n.nodeName().equals(nodeName)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("the cluster has no node named '" + nodeName + "'"));
    }

    /**
     * Returns every finding, those of the roles first, then those of the nodes.
     *
     * @return the findings of every severity
     */
    public List<Finding> findings() {
        return Stream.concat(roles().stream().flatMap(r -> r.findings().stream()),
                nodes().stream().flatMap(n -> n.findings().stream())).collect(Collectors.toList());
    }

    /**
     * Returns the findings that stop IceWarp from using the databases: those of severity
     * {@link Severity#ERROR}.
     *
     * @return the problems, each with its fix
     */
    @JsonProperty("problems")
    public List<Finding> problems() {
        return findings().stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
    }

    /**
     * Returns whether every node can use every database it needs.
     *
     * @return {@code true} when there is no problem
     */
    @JsonProperty("ready")
    public boolean isReady() {
        return problems().isEmpty();
    }

    /**
     * Throws when there is a problem, so that a rollout stops at a failed verification.
     *
     * @return this report, when ready
     * @throws LbDatabaseException of kind {@link LbDatabaseException.Kind#NOT_READY} listing
     *         every problem and its fix
     */
    public AccessReport requireReady() {
        List<Finding> problems = problems();
        if (!problems.isEmpty()) {
            throw new LbDatabaseException(LbDatabaseException.Kind.NOT_READY, "the databases of cluster "
                    + clusterName() + " on " + jdbcUrl() + " are not ready for every node: " + problems.stream()
                    .map(Finding::toString).collect(Collectors.joining("; ")), jdbcUrl(), null, 0, null);
        }
        return this;
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link AccessReport}. */
    public static final class Builder extends ImmutableAccessReport.Builder {
    }
}
