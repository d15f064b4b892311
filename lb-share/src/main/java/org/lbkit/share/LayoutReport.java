package org.lbkit.share;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/** Folders that {@link ShareLayout#create()} created, and those that existed, as paths under the root. */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"location", "created", "existing"})
public abstract class LayoutReport {

    /**
     * Returns the root's location.
     *
     * @return the location
     */
    @JsonProperty("location")
    public abstract String location();

    /**
     * Returns the folders created by this call.
     *
     * @return the created folders, in layout order
     */
    @JsonProperty("created")
    public abstract List<String> created();

    /**
     * Returns the folders that already existed.
     *
     * @return the existing folders, in layout order
     */
    @JsonProperty("existing")
    public abstract List<String> existing();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LayoutReport}. */
    public static final class Builder extends ImmutableLayoutReport.Builder {
    }
}
