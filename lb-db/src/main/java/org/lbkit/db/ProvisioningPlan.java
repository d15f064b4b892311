package org.lbkit.db;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.Finding;
import org.lbkit.model.LbStyle;

/**
 * The changes {@link DatabaseProvisioner#apply} would make to a server, in order: every step with its
 * reason and masked SQL, the findings (drift, DNS-name warnings) and the roles left alone.
 * Serialises to JSON with a plain Jackson {@code ObjectMapper}.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"cluster", "server", "jdbcUrl", "upToDate", "steps", "findings", "skippedRoles"})
public abstract class ProvisioningPlan {

    /**
     * Returns the name of the cluster planned for.
     *
     * @return the cluster name
     */
    @JsonProperty("cluster")
    public abstract String clusterName();

    /**
     * Returns the server planned for.
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
     * Returns every step, pending or already done, in the order they run.
     *
     * @return the steps
     */
    @JsonProperty("steps")
    public abstract List<ProvisioningStep> steps();

    /**
     * Returns what the planner noticed without acting on it, such as a database with another
     * character set or a node given by DNS name.
     *
     * @return the findings
     */
    @JsonProperty("findings")
    public abstract List<Finding> findings();

    /**
     * Returns the roles the provisioner leaves alone, such as roles stored as SQLite.
     *
     * @return the skipped roles
     */
    @JsonProperty("skippedRoles")
    public abstract List<SkippedRole> skippedRoles();

    /**
     * Returns the steps that would run.
     *
     * @return the pending steps, in order
     */
    public List<ProvisioningStep> pendingSteps() {
        return steps().stream().filter(ProvisioningStep::pending).collect(Collectors.toList());
    }

    /**
     * Returns whether nothing needs doing.
     *
     * @return {@code true} when no step is pending
     */
    @JsonProperty("upToDate")
    public boolean isUpToDate() {
        return pendingSteps().isEmpty();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ProvisioningPlan}. */
    public static final class Builder extends ImmutableProvisioningPlan.Builder {
    }
}
