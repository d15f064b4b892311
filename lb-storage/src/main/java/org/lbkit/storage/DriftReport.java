package org.lbkit.storage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * Every difference between one node and its settings. Serialises to JSON as
 * {@code {"nodeId": …, "nodeName": …, "clean": …, "differences": [...]}} with secrets masked.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"nodeId", "nodeName", "clean", "differences"})
public abstract class DriftReport {

    /**
     * Returns the node's server ID.
     *
     * @return the ID
     */
    @JsonProperty("nodeId")
    public abstract String nodeId();

    /**
     * Returns the node's server name.
     *
     * @return the name
     */
    @JsonProperty("nodeName")
    public abstract String nodeName();

    /**
     * Returns every difference, API variables first, then {@code path.dat} lines.
     *
     * @return the differences
     */
    @JsonProperty("differences")
    public abstract List<Drift> differences();

    /**
     * Returns whether the node matches its settings.
     *
     * @return {@code true} when there is no difference
     */
    @JsonProperty("clean")
    public boolean isClean() {
        return differences().isEmpty();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DriftReport}. */
    public static final class Builder extends ImmutableDriftReport.Builder {
    }

    /** Returns one line per difference; never a secret. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("node " + nodeName() + " (ID " + nodeId() + "): ");
        text.append(isClean() ? "matches its settings" : differences().size() + " difference(s)");
        differences().forEach(drift -> text.append("\n  ").append(drift));
        return text.toString();
    }
}
