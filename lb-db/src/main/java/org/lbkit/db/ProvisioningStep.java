package org.lbkit.db;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * One step of a provisioning plan: what it does, on what, why, and its SQL with passwords
 * masked. A step that is not {@linkplain #pending() pending} was found already done.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"kind", "target", "pending", "reason", "sql"})
public abstract class ProvisioningStep {

    /**
     * Returns what the step does.
     *
     * @return the kind
     */
    @JsonProperty("kind")
    public abstract StepKind kind();

    /**
     * Returns what the step acts on, such as {@code `iw_gw`} or
     * {@code 'icewarp'@'192.168.100.83' on `iw_gw`}.
     *
     * @return the target
     */
    @JsonProperty("target")
    public abstract String target();

    /**
     * Returns whether the step needs doing: {@code false} when the server already is in the
     * state the step produces.
     *
     * @return {@code true} when the statement would run
     */
    @JsonProperty("pending")
    public abstract boolean pending();

    /**
     * Returns why the step is needed, or why it is not.
     *
     * @return the reason
     */
    @JsonProperty("reason")
    public abstract String reason();

    /**
     * Returns the statement, with every password replaced by {@code '****'}.
     *
     * @return the masked SQL
     */
    @JsonProperty("sql")
    public abstract String sql();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ProvisioningStep}. */
    public static final class Builder extends ImmutableProvisioningStep.Builder {
    }

    /** Returns one line: kind, target, whether pending, reason and masked SQL. */
    @Override
    public String toString() {
        return kind() + " " + target() + (pending() ? " (pending: " : " (done: ") + reason() + ") " + sql();
    }
}
