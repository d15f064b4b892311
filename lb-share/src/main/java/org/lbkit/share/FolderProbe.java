package org.lbkit.share;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/** The result of probing one folder: whether every step passed, or which one failed and why. */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"folder", "location", "ok", "failedStep", "failure", "explanation", "fix", "detail",
        "durationMillis"})
public abstract class FolderProbe {

    /**
     * Returns the folder's path relative to the probed root.
     *
     * @return the folder
     */
    @JsonProperty("folder")
    public abstract String folder();

    /**
     * Returns the folder's location (UNC path or local folder).
     *
     * @return the location
     */
    @JsonProperty("location")
    public abstract String location();

    /**
     * Returns the step that failed.
     *
     * @return the step, empty when every step passed
     */
    public abstract Optional<ProbeStep> failedStep();

    /**
     * Returns the classified failure.
     *
     * @return the failure, empty when every step passed
     */
    public abstract Optional<ShareFailure> failure();

    /**
     * Returns the failure's message, without secrets.
     *
     * @return the detail, empty when every step passed
     */
    public abstract Optional<String> detail();

    /**
     * Returns how long the probe of this folder took, in milliseconds.
     *
     * @return the duration
     */
    @JsonProperty("durationMillis")
    public abstract long durationMillis();

    /**
     * Returns whether every step passed.
     *
     * @return {@code true} when the folder is usable
     */
    @JsonProperty("ok")
    public boolean isOk() {
        return failure().isEmpty();
    }

    /**
     * Returns what the failure means.
     *
     * @return the explanation, or {@code null} when every step passed
     */
    @JsonProperty("explanation")
    public String explanation() {
        return failure().map(ShareFailure::explanation).orElse(null);
    }

    /**
     * Returns how to fix the failure.
     *
     * @return the fix, or {@code null} when every step passed
     */
    @JsonProperty("fix")
    public String fix() {
        return failure().map(ShareFailure::fix).orElse(null);
    }

    @JsonProperty("failedStep")
    ProbeStep failedStepOrNull() {
        return failedStep().orElse(null);
    }

    @JsonProperty("failure")
    ShareFailure failureOrNull() {
        return failure().orElse(null);
    }

    @JsonProperty("detail")
    String detailOrNull() {
        return detail().orElse(null);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link FolderProbe}. */
    public static final class Builder extends ImmutableFolderProbe.Builder {
    }

    @Override
    public String toString() {
        if (isOk()) {
            return "OK " + location();
        }
        return "FAILED " + location() + " at " + failedStep().orElse(null) + ": " + failure().orElse(null) + " - "
                + explanation() + "; " + fix();
    }
}
