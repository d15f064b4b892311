package org.lbkit.model;

import java.util.Optional;

import org.immutables.value.Value;

/** Mail archiving settings shared by every node. */
@Value.Immutable
@LbStyle
public abstract class Archive {

    /**
     * Returns whether archiving is enabled.
     *
     * @return {@code false} by default
     */
    @Value.Default
    public boolean isEnabled() {
        return false;
    }

    /**
     * Returns the date pattern of the archive's sub-folders. IceWarp's documentation recommends
     * {@code yyyy-mm}; the guide's screenshot shows {@code yyyymm}.
     *
     * @return the pattern, {@code yyyy-mm} by default
     */
    @Value.Default
    public String subFolderPattern() {
        return "yyyy-mm";
    }

    /**
     * Returns the IMAP folder under which users see their archive.
     *
     * @return the folder name, {@code Archive} by default
     */
    @Value.Default
    public String imapFolder() {
        return "Archive";
    }

    /**
     * Returns an archive path given explicitly. When absent, the archive lives in the share's
     * archive folder; when present, it must name that folder.
     *
     * @return the explicit path, if any
     */
    public abstract Optional<String> path();

    /**
     * Returns the default: archiving disabled, {@code yyyy-mm}, IMAP folder {@code Archive}.
     *
     * @return the defaults
     */
    public static Archive defaults() {
        return builder().build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Archive}. */
    public static final class Builder extends ImmutableArchive.Builder {
    }
}
