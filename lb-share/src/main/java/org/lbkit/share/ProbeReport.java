package org.lbkit.share;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/** The result of {@link ShareProbe#probe()}: one {@link FolderProbe} per folder of the layout. */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"location", "ok", "folders"})
public abstract class ProbeReport {

    /**
     * Returns the probed root's location.
     *
     * @return the location
     */
    @JsonProperty("location")
    public abstract String location();

    /**
     * Returns the result of each folder, in layout order.
     *
     * @return the folder results
     */
    @JsonProperty("folders")
    public abstract List<FolderProbe> folders();

    /**
     * Returns whether every folder passed every step.
     *
     * @return {@code true} when the share is usable with this account
     */
    @JsonProperty("ok")
    public boolean isOk() {
        return folders().stream().allMatch(FolderProbe::isOk);
    }

    /**
     * Returns the folders that failed.
     *
     * @return the failures, in layout order
     */
    public List<FolderProbe> failures() {
        return folders().stream().filter(f -> !f.isOk()).collect(Collectors.toList());
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ProbeReport}. */
    public static final class Builder extends ImmutableProbeReport.Builder {
    }
}
