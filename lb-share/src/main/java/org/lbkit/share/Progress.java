package org.lbkit.share;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * A snapshot of a running migration. The walk of the source runs ahead of the copies, so the
 * totals grow until {@link #walkComplete()}; only then is an estimate of the remaining time given.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class Progress {

    /**
     * Returns the number of source files found so far.
     *
     * @return the files found
     */
    @JsonProperty("filesFound")
    public abstract long filesFound();

    /**
     * Returns the number of files handled so far, whatever their outcome.
     *
     * @return the files done
     */
    @JsonProperty("filesDone")
    public abstract long filesDone();

    /**
     * Returns the number of files found so far that need copying.
     *
     * @return the files to copy
     */
    @JsonProperty("filesToCopy")
    public abstract long filesToCopy();

    /**
     * Returns the number of files copied so far.
     *
     * @return the files copied
     */
    @JsonProperty("filesCopied")
    public abstract long filesCopied();

    /**
     * Returns the bytes of the files found so far that need copying.
     *
     * @return the bytes to copy
     */
    @JsonProperty("bytesToCopy")
    public abstract long bytesToCopy();

    /**
     * Returns the bytes written so far.
     *
     * @return the bytes copied
     */
    @JsonProperty("bytesCopied")
    public abstract long bytesCopied();

    /**
     * Returns whether the whole source has been walked, so that the totals are final.
     *
     * @return {@code true} once the walk is complete
     */
    @JsonProperty("walkComplete")
    public abstract boolean walkComplete();

    /**
     * Returns the time since the migration started, in milliseconds.
     *
     * @return the elapsed time
     */
    @JsonProperty("elapsedMillis")
    public abstract long elapsedMillis();

    /**
     * Returns the average copy rate since the start.
     *
     * @return bytes per second
     */
    @JsonProperty("bytesPerSecond")
    public double bytesPerSecond() {
        return elapsedMillis() == 0 ? 0.0 : bytesCopied() * 1000.0 / elapsedMillis();
    }

    /**
     * Returns the estimated time until every file is copied, from the average rate; empty while
     * the walk runs or before the first bytes are copied.
     *
     * @return the estimate
     */
    public Optional<Duration> estimatedRemaining() {
        double rate = bytesPerSecond();
        if (!walkComplete() || rate <= 0.0) {
            return Optional.empty();
        }
        long remaining = Math.max(0L, bytesToCopy() - bytesCopied());
        return Optional.of(Duration.ofMillis((long) (remaining * 1000.0 / rate)));
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Progress}. */
    public static final class Builder extends ImmutableProgress.Builder {
    }
}
