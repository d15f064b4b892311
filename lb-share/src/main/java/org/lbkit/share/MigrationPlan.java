package org.lbkit.share;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * What {@link Migration#run()} would do, found by the same decisions without writing anything:
 * counts and bytes per action, the first entries of each, and the blockers that would stop the run.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"source", "target", "blocked", "blockers", "foldersToCreate", "files", "bytes",
        "options", "samples"})
public abstract class MigrationPlan implements ActionSummary {

    /**
     * Returns the source tree's location.
     *
     * @return the source
     */
    @JsonProperty("source")
    public abstract String source();

    /**
     * Returns the target tree's location.
     *
     * @return the target
     */
    @JsonProperty("target")
    public abstract String target();

    /**
     * Returns the options the run would use.
     *
     * @return the options
     */
    @JsonProperty("options")
    public abstract MigrationOptions options();

    /**
     * Returns the number of target folders that would be created.
     *
     * @return the folders to create
     */
    @JsonProperty("foldersToCreate")
    public abstract long foldersToCreate();

    /**
     * Returns why the run would stop before copying anything, such as a non-empty shared
     * configuration folder on the target.
     *
     * @return the blockers, empty when the run can go ahead
     */
    @JsonProperty("blockers")
    public abstract List<String> blockers();

    /**
     * Returns whether the run would stop before copying anything.
     *
     * @return {@code true} when there are blockers
     */
    @JsonProperty("blocked")
    public boolean isBlocked() {
        return !blockers().isEmpty();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MigrationPlan}. */
    public static final class Builder extends ImmutableMigrationPlan.Builder {
    }
}
