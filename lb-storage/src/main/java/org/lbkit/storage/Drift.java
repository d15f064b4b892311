package org.lbkit.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * One difference between a node and its settings, with the command that fixes it. Values that
 * contain a secret are shown masked; {@link #fixWithSecrets()} gives the runnable command.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"kind", "setting", "expected", "actual", "secret", "fix"})
public abstract class Drift {

    /** Place of the drifted value: an API variable or a {@code path.dat} line. */
    public enum Kind {
        /** An API variable whose value differs. */
        API_VARIABLE,
        /** An API variable the tool output does not list. */
        MISSING_VARIABLE,
        /** A {@code path.dat} line whose value differs. */
        PATH_DAT_LINE
    }

    /**
     * Returns where the value lives.
     *
     * @return the kind
     */
    @JsonProperty("kind")
    public abstract Kind kind();

    /**
     * Returns the variable name, or {@code path.dat line N (NAME)}.
     *
     * @return the setting
     */
    @JsonProperty("setting")
    public abstract String setting();

    /**
     * Returns the value the node should have, masked when secret.
     *
     * @return the expected value
     */
    @JsonProperty("expected")
    public abstract String expected();

    /**
     * Returns the value the node has, masked when secret; empty for a missing variable.
     *
     * @return the actual value
     */
    @JsonProperty("actual")
    public abstract String actual();

    /**
     * Returns whether the setting contains a secret.
     *
     * @return {@code true} for passwords and connection strings
     */
    @JsonProperty("secret")
    public abstract boolean isSecret();

    /**
     * Returns the command that fixes the difference, secrets masked.
     *
     * @return the command, safe to show
     */
    @JsonProperty("fix")
    public abstract String fix();

    /**
     * Returns the command that fixes the difference, secrets included.
     *
     * @return the runnable command
     */
    @Value.Redacted
    public abstract String fixWithSecrets();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Drift}. */
    public static final class Builder extends ImmutableDrift.Builder {
    }

    /** Returns the setting and both values as shown in reports; never a secret. */
    @Override
    public String toString() {
        return setting() + ": expected '" + expected() + "' but found '" + actual() + "'; fix: " + fix();
    }
}
