package org.lbkit.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * One problem or fact found by a check: which rule, how serious, where in the model, what is
 * wrong and how to fix it.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"rule", "severity", "path", "message", "fix"})
public abstract class Finding {

    /**
     * Returns the stable rule id, such as {@code single-master}.
     *
     * @return the rule id
     */
    @JsonProperty("rule")
    public abstract String rule();

    /**
     * Returns how serious the finding is.
     *
     * @return the severity
     */
    @JsonProperty("severity")
    public abstract Severity severity();

    /**
     * Returns the path of the offending value in the model, such as {@code nodes[1].id}, or an
     * empty string when the finding concerns the whole cluster.
     *
     * @return the path
     */
    @JsonProperty("path")
    public abstract String path();

    /**
     * Returns what is wrong, naming the value.
     *
     * @return the message
     */
    @JsonProperty("message")
    public abstract String message();

    /**
     * Returns what to change to remove the finding.
     *
     * @return the fix
     */
    @JsonProperty("fix")
    public abstract String fix();

    /**
     * Creates a finding.
     *
     * @param rule the rule id
     * @param severity how serious it is
     * @param path the path of the offending value
     * @param message what is wrong
     * @param fix how to fix it
     * @return the finding
     */
    public static Finding of(String rule, Severity severity, String path, String message, String fix) {
        return builder().rule(rule).severity(severity).path(path).message(message).fix(fix).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Finding}. */
    public static final class Builder extends ImmutableFinding.Builder {
    }

    @Override
    public String toString() {
        String where = path().isEmpty() ? "" : " at " + path();
        String end = message().endsWith(".") ? " " : ". ";
        return severity() + " [" + rule() + "]" + where + ": " + message() + end + "Fix: " + fix();
    }
}
