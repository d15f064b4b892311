package org.lbkit.share;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * The effective settings of one migration, as {@link Migration} resolved them. Plans and reports
 * carry them, so that each report records how it was produced.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class MigrationOptions {

    /**
     * Returns how many files are copied at the same time.
     *
     * @return the number of workers
     */
    @JsonProperty("parallelism")
    public abstract int parallelism();

    /**
     * Returns how equality of source and target files is decided.
     *
     * @return the verification mode
     */
    @JsonProperty("verification")
    public abstract Verification verification();

    /**
     * Returns what happens to target files that differ.
     *
     * @return the overwrite policy
     */
    @JsonProperty("overwrite")
    public abstract Overwrite overwrite();

    /**
     * Returns how far apart modification times may be and still count as equal, in milliseconds.
     *
     * @return the tolerance
     */
    @JsonProperty("timeToleranceMillis")
    public abstract long timeToleranceMillis();

    /**
     * Returns how many times a failed copy is retried after a transient error.
     *
     * @return the retries
     */
    @JsonProperty("retries")
    public abstract int retries();

    /**
     * Returns the pause before the first retry, in milliseconds; it doubles for each further one.
     *
     * @return the pause
     */
    @JsonProperty("retryBackoffMillis")
    public abstract long retryBackoffMillis();

    /**
     * Returns how long one file may take, retries included, in milliseconds.
     *
     * @return the deadline
     */
    @JsonProperty("fileDeadlineMillis")
    public abstract long fileDeadlineMillis();

    /**
     * Returns the size of the copy buffer in bytes.
     *
     * @return the buffer size
     */
    @JsonProperty("bufferSize")
    public abstract int bufferSize();

    /**
     * Returns the longest accepted path on the target, in characters, counted on the target's
     * location such as {@code \\fs01\icewarp\mail\example.com\jdoe\1.imap}.
     *
     * @return the limit
     */
    @JsonProperty("maxPathLength")
    public abstract int maxPathLength();

    /**
     * Returns whether copying into a non-empty shared configuration folder (config, spam or
     * calendar) is allowed.
     *
     * @return {@code true} when the user allowed it explicitly
     */
    @JsonProperty("allowNonEmptyConfigTarget")
    public abstract boolean allowNonEmptyConfigTarget();

    /**
     * Returns how many entries per action or difference a plan or report keeps.
     *
     * @return the limit
     */
    @JsonProperty("sampleLimit")
    public abstract int sampleLimit();

    /**
     * Returns the time tolerance.
     *
     * @return the tolerance
     */
    public Duration timeTolerance() {
        return Duration.ofMillis(timeToleranceMillis());
    }

    /**
     * Returns a new builder; {@link Migration} is the usual way to obtain options.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MigrationOptions}. */
    public static final class Builder extends ImmutableMigrationOptions.Builder {
    }
}
