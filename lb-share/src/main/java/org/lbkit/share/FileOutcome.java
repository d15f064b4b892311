package org.lbkit.share;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * What a migration did, or would do, with one file or folder: its path relative to the source
 * root, the action, its size, why, and for a failure its classified cause.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "action", "size", "reason", "failure", "attempts"})
public abstract class FileOutcome {

    /**
     * Returns the path relative to the source root ({@code /}-separated).
     *
     * @return the path
     */
    @JsonProperty("path")
    public abstract String path();

    /**
     * Returns the action.
     *
     * @return the action
     */
    @JsonProperty("action")
    public abstract FileAction action();

    /**
     * Returns the size of the source file in bytes; 0 for a folder.
     *
     * @return the size
     */
    @JsonProperty("size")
    @Value.Default
    public long size() {
        return 0L;
    }

    /**
     * Returns why this action was taken, such as {@code target is newer} or
     * {@code name ends with a dot}.
     *
     * @return the reason
     */
    @JsonProperty("reason")
    public abstract String reason();

    /**
     * Returns the classified cause of a failure.
     *
     * @return the cause, for {@link FileAction#FAIL} and some refusals
     */
    public abstract Optional<ShareFailure> failure();

    /**
     * Returns how many times the copy was attempted; 0 when no copy was attempted.
     *
     * @return the number of attempts
     */
    @JsonProperty("attempts")
    @Value.Default
    public int attempts() {
        return 0;
    }

    @JsonProperty("failure")
    ShareFailure failureOrNull() {
        return failure().orElse(null);
    }

    /**
     * Creates an outcome without failure cause.
     *
     * @param path the relative path
     * @param action the action
     * @param size the size in bytes
     * @param reason why
     * @return the outcome
     */
    public static FileOutcome of(String path, FileAction action, long size, String reason) {
        return builder().path(path).action(action).size(size).reason(reason).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link FileOutcome}. */
    public static final class Builder extends ImmutableFileOutcome.Builder {
    }

    @Override
    public String toString() {
        String cause = failure().map(f -> " [" + f + "]").orElse("");
        return action() + " " + path() + " (" + size() + " bytes): " + reason() + cause;
    }
}
