package org.lbkit.db;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.Finding;
import org.lbkit.model.LbStyle;

/**
 * The outcome of {@link DatabaseProvisioner#apply}: per step applied, unchanged, failed or not run,
 * with the server's error for a failure. A run stops at the first failed step. Serialises to
 * JSON with a plain Jackson {@code ObjectMapper}.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"cluster", "server", "jdbcUrl", "successful", "applied", "unchanged", "failed",
        "lockWaitMillis", "elapsedMillis", "results", "findings", "skippedRoles"})
public abstract class ProvisioningReport {

    /**
     * Returns the name of the cluster provisioned.
     *
     * @return the cluster name
     */
    @JsonProperty("cluster")
    public abstract String clusterName();

    /**
     * Returns the server provisioned.
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
     * Returns the outcome of every step of the plan, in order.
     *
     * @return the results
     */
    @JsonProperty("results")
    public abstract List<StepResult> results();

    /**
     * Returns the findings of the plan that was run.
     *
     * @return the findings
     */
    @JsonProperty("findings")
    public abstract List<Finding> findings();

    /**
     * Returns the roles left alone.
     *
     * @return the skipped roles
     */
    @JsonProperty("skippedRoles")
    public abstract List<SkippedRole> skippedRoles();

    /**
     * Returns how long the run waited for another provisioner to finish.
     *
     * @return the wait in milliseconds
     */
    @JsonProperty("lockWaitMillis")
    public abstract long lockWaitMillis();

    /**
     * Returns how long the whole run took, connecting included.
     *
     * @return the time in milliseconds
     */
    @JsonProperty("elapsedMillis")
    public abstract long elapsedMillis();

    /**
     * Returns the results with a given status.
     *
     * @param status the status
     * @return those results, in order
     */
    public List<StepResult> results(StepStatus status) {
        return results().stream().filter(r -> r.status() == status).collect(Collectors.toList());
    }

    /**
     * Returns whether no step failed.
     *
     * @return {@code true} when every step was applied or unchanged
     */
    @JsonProperty("successful")
    public boolean isSuccessful() {
        return results(StepStatus.FAILED).isEmpty() && results(StepStatus.NOT_RUN).isEmpty();
    }

    /**
     * Throws when a step failed, so that a script can stop with the server's error.
     *
     * @return this report, when every step succeeded
     * @throws LbDatabaseException carrying the failed step's SQLState and vendor code
     */
    public ProvisioningReport requireSuccess() {
        Optional<StepResult> failed = results(StepStatus.FAILED).stream().findFirst();
        if (failed.isPresent()) {
            StepResult result = failed.get();
            throw new LbDatabaseException(LbDatabaseException.Kind.STATEMENT_FAILED,
                    "provisioning step failed on " + jdbcUrl() + ": " + result, jdbcUrl(),
                    result.sqlState().orElse(null), result.vendorCode().orElse(0), null);
        }
        return this;
    }

    @JsonProperty("applied")
    int appliedCount() {
        return results(StepStatus.APPLIED).size();
    }

    @JsonProperty("unchanged")
    int unchangedCount() {
        return results(StepStatus.UNCHANGED).size();
    }

    @JsonProperty("failed")
    int failedCount() {
        return results(StepStatus.FAILED).size();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ProvisioningReport}. */
    public static final class Builder extends ImmutableProvisioningReport.Builder {
    }
}
