package org.lbkit.share;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/** One way in which a target tree differs from its source tree, found by a verification. */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"path", "kind", "detail"})
public abstract class FileDifference {

    /** Kinds of difference. */
    public enum Kind {
        /** The source file or folder is missing on the target. */
        MISSING,
        /** The target file differs in size, time or content. */
        DIFFERENT,
        /** One side has a file where the other has a folder. */
        TYPE_MISMATCH,
        /** The target has an entry that the source does not have. */
        EXTRA,
        /** The target holds a temporary file of an interrupted migration. */
        TEMP_FILE,
        /** The source name cannot exist on a Windows share, so the file was never copied. */
        REFUSED_NAME,
        /** The entry could not be read on one side. */
        UNREADABLE
    }

    /**
     * Returns the path relative to the tree roots.
     *
     * @return the path
     */
    @JsonProperty("path")
    public abstract String path();

    /**
     * Returns the kind of difference.
     *
     * @return the kind
     */
    @JsonProperty("kind")
    public abstract Kind kind();

    /**
     * Returns what differs, such as {@code size 12 on the source, 6 on the target}.
     *
     * @return the detail
     */
    @JsonProperty("detail")
    public abstract String detail();

    /**
     * Creates a difference.
     *
     * @param path the relative path
     * @param kind the kind
     * @param detail what differs
     * @return the difference
     */
    public static FileDifference of(String path, Kind kind, String detail) {
        return ImmutableFileDifference.builder().path(path).kind(kind).detail(detail).build();
    }

    @Override
    public String toString() {
        return kind() + " " + path() + ": " + detail();
    }
}
