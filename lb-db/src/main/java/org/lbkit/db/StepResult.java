package org.lbkit.db;

import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/** The outcome of one step of a provisioning run; a failure carries the server's error. */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"step", "status", "sqlState", "vendorCode", "error", "elapsedMillis"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class StepResult {

    /**
     * Returns the step.
     *
     * @return the step, with its SQL masked
     */
    @JsonProperty("step")
    public abstract ProvisioningStep step();

    /**
     * Returns the outcome.
     *
     * @return the status
     */
    @JsonProperty("status")
    public abstract StepStatus status();

    /**
     * Returns the SQLState of a failed step, such as {@code 42000}.
     *
     * @return the SQLState, if the step failed with one
     */
    public abstract Optional<String> sqlState();

    /**
     * Returns the server's error number of a failed step, such as 1044.
     *
     * @return the vendor code, if the step failed with one
     */
    public abstract OptionalInt vendorCode();

    /**
     * Returns the error message of a failed step, with passwords masked.
     *
     * @return the message, if the step failed
     */
    public abstract Optional<String> error();

    /**
     * Returns how long the step took, 0 for a step that did not run.
     *
     * @return the time in milliseconds
     */
    @JsonProperty("elapsedMillis")
    @Value.Default
    public long elapsedMillis() {
        return 0;
    }

    /**
     * Creates the result of a step that was not run.
     *
     * @param step the step
     * @param status {@link StepStatus#UNCHANGED} or {@link StepStatus#NOT_RUN}
     * @return the result
     */
    public static StepResult of(ProvisioningStep step, StepStatus status) {
        return builder().step(step).status(status).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link StepResult}. */
    public static final class Builder extends ImmutableStepResult.Builder {
    }

    @JsonProperty("sqlState")
    String sqlStateForJson() {
        return sqlState().orElse(null);
    }

    @JsonProperty("vendorCode")
    Integer vendorCodeForJson() {
        return vendorCode().isPresent() ? vendorCode().getAsInt() : null;
    }

    @JsonProperty("error")
    String errorForJson() {
        return error().orElse(null);
    }

    /** Returns the status, the step and, for a failure, the SQLState, vendor code and message. */
    @Override
    public String toString() {
        String failure = status() != StepStatus.FAILED ? "" : " [SQLState " + sqlState().orElse("none")
                + ", vendor code " + (vendorCode().isPresent() ? vendorCode().getAsInt() : 0) + ": "
                + error().orElse("") + "]";
        return status() + " " + step() + failure;
    }
}
