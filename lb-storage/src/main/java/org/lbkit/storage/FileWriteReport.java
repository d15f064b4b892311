package org.lbkit.storage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/** Which rendered files a write changed, and which it found already up to date. */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class FileWriteReport {

    /**
     * Returns the absolute output folder.
     *
     * @return the folder
     */
    @JsonProperty("folder")
    public abstract String folder();

    /**
     * Returns the files written, as paths relative to the folder.
     *
     * @return the written files
     */
    @JsonProperty("written")
    public abstract List<String> written();

    /**
     * Returns the files whose content and permissions already matched, as relative paths.
     *
     * @return the unchanged files
     */
    @JsonProperty("unchanged")
    public abstract List<String> unchanged();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link FileWriteReport}. */
    public static final class Builder extends ImmutableFileWriteReport.Builder {
    }
}
