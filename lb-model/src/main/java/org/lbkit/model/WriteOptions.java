package org.lbkit.model;

import org.immutables.value.Value;

/**
 * How {@link ClusterFiles} writes a cluster. By default a secret given as {@code env:NAME} or
 * {@code file:PATH} is written as that reference, and an inline secret makes writing fail:
 * writing the text, or leaving the key out, must be asked for.
 */
@Value.Immutable
@LbStyle
public abstract class WriteOptions {

    /** What to do with an inline secret, whose text is held in memory. */
    public enum InlineSecrets {
        /** Fail, naming every inline secret; the default. */
        REJECT,
        /**
         * Leave the key out. The file then lacks a required password, and reading it fails until
         * the password is filled in.
         */
        OMIT,
        /**
         * Write the text into the file. {@code ClusterFiles.write} then creates the file readable
         * by its owner only, where the file system has POSIX permissions.
         */
        WRITE
    }

    /**
     * Returns what happens to inline secrets.
     *
     * @return {@link InlineSecrets#REJECT} by default
     */
    @Value.Default
    public InlineSecrets inlineSecrets() {
        return InlineSecrets.REJECT;
    }

    /**
     * Returns whether values equal to their defaults are written too. By default they are left out,
     * so that the file shows only what differs from the guide.
     *
     * @return {@code false} by default
     */
    @Value.Default
    public boolean isIncludeDefaults() {
        return false;
    }

    /**
     * Returns the default options: references written, inline secrets rejected, defaults left out.
     *
     * @return the defaults
     */
    public static WriteOptions defaults() {
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

    /** Builder of {@link WriteOptions}. */
    public static final class Builder extends ImmutableWriteOptions.Builder {
    }
}
