package org.lbkit.share;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * What {@link Migration#run()} did: counts and bytes per action (copied, overwritten, skipped as
 * identical, conflicts, refused names, failures, temporary files removed), the first entries of
 * each, the duration and the throughput.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"source", "target", "complete", "startedAt", "durationMillis", "filesCopied",
        "bytesCopied", "bytesPerSecond", "foldersCreated", "files", "bytes", "options", "samples"})
public abstract class MigrationReport implements ActionSummary {

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
     * Returns the options the run used.
     *
     * @return the options
     */
    @JsonProperty("options")
    public abstract MigrationOptions options();

    /**
     * Returns when the run started, as ISO-8601 text.
     *
     * @return the start time
     */
    @JsonProperty("startedAt")
    public abstract String startedAt();

    /**
     * Returns how long the run took, in milliseconds.
     *
     * @return the duration
     */
    @JsonProperty("durationMillis")
    public abstract long durationMillis();

    /**
     * Returns the number of target folders created.
     *
     * @return the folders created
     */
    @JsonProperty("foldersCreated")
    public abstract long foldersCreated();

    /**
     * Returns how long the run took.
     *
     * @return the duration
     */
    public Duration duration() {
        return Duration.ofMillis(durationMillis());
    }

    /**
     * Returns when the run started.
     *
     * @return the start time
     */
    public Instant startTime() {
        return Instant.parse(startedAt());
    }

    /**
     * Returns the number of files written, new or overwritten.
     *
     * @return the files copied
     */
    @JsonProperty("filesCopied")
    public long filesCopied() {
        return count(FileAction.COPY) + count(FileAction.OVERWRITE);
    }

    /**
     * Returns the bytes written, new or overwritten.
     *
     * @return the bytes copied
     */
    @JsonProperty("bytesCopied")
    public long bytesCopied() {
        return bytes(FileAction.COPY) + bytes(FileAction.OVERWRITE);
    }

    /**
     * Returns the average throughput over the whole run.
     *
     * @return bytes written per second
     */
    @JsonProperty("bytesPerSecond")
    public double bytesPerSecond() {
        return durationMillis() == 0 ? 0.0 : bytesCopied() * 1000.0 / durationMillis();
    }

    /**
     * Returns whether every source file is now on the target and equal: no conflict, refusal or
     * failure.
     *
     * @return {@code true} when the target is complete
     */
    @JsonProperty("complete")
    public boolean isComplete() {
        return count(FileAction.CONFLICT) == 0 && count(FileAction.REFUSE) == 0
                && count(FileAction.FAIL) == 0;
    }

    /**
     * Throws when the run left conflicts, refusals or failures, so that a script can stop there.
     *
     * @return this report, when it is complete
     * @throws LbMigrationException carrying this report otherwise
     */
    public MigrationReport throwIfIncomplete() {
        if (!isComplete()) {
            throw new LbMigrationException(this);
        }
        return this;
    }

    /**
     * Returns a one-line summary for logs and consoles.
     *
     * @return the summary
     */
    public String summary() {
        return String.format("%d copied (%d bytes), %d skipped as identical, %d conflicts, %d refused,"
                        + " %d failed, %d temporary files removed, in %.1f s",
                filesCopied(), bytesCopied(), count(FileAction.SKIP_IDENTICAL), count(FileAction.CONFLICT),
                count(FileAction.REFUSE), count(FileAction.FAIL), count(FileAction.REMOVE_TEMP),
                durationMillis() / 1000.0);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MigrationReport}. */
    public static final class Builder extends ImmutableMigrationReport.Builder {
    }
}
