package org.lbkit.share;

/** What a migration does with a target file that differs from its source. */
public enum Overwrite {
    /** Leaves every differing target file alone and reports it as a conflict. */
    NEVER,
    /**
     * Replaces a differing target file when the source is newer; a newer target file stays and is
     * reported as a conflict.
     */
    IF_SOURCE_NEWER,
    /** Replaces every differing target file. */
    ALWAYS
}
