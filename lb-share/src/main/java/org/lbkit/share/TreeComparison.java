package org.lbkit.share;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * The result of {@link Migration#verify()}: how many source files the target holds identically,
 * and the differences per kind with the first entries of each.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"source", "target", "match", "verification", "identicalFiles", "differences",
        "durationMillis", "samples"})
public abstract class TreeComparison {

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
     * Returns how files were compared.
     *
     * @return the verification mode
     */
    @JsonProperty("verification")
    public abstract Verification verification();

    /**
     * Returns the number of source files found identical on the target.
     *
     * @return the identical files
     */
    @JsonProperty("identicalFiles")
    public abstract long identicalFiles();

    /**
     * Returns the number of differences per kind.
     *
     * @return the counts, one per kind
     */
    @JsonProperty("differences")
    public abstract Map<FileDifference.Kind, Long> differences();

    /**
     * Returns the first differences of each kind that has any.
     *
     * @return the samples
     */
    @JsonProperty("samples")
    public abstract Map<FileDifference.Kind, List<FileDifference>> samples();

    /**
     * Returns how long the comparison took, in milliseconds.
     *
     * @return the duration
     */
    @JsonProperty("durationMillis")
    public abstract long durationMillis();

    /**
     * Returns the number of differences of one kind.
     *
     * @param kind the kind
     * @return the count
     */
    public long count(FileDifference.Kind kind) {
        return differences().getOrDefault(kind, 0L);
    }

    /**
     * Returns whether every source file is on the target and equal, and the target holds no
     * temporary file. Extra entries on the target are allowed.
     *
     * @return {@code true} when the target matches the source
     */
    @JsonProperty("match")
    public boolean isMatch() {
        return differences().entrySet().stream()
                .filter(e -> e.getKey() != FileDifference.Kind.EXTRA)
                .allMatch(e -> e.getValue() == 0L);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link TreeComparison}. */
    public static final class Builder extends ImmutableTreeComparison.Builder {
    }
}
