package org.lbkit.share;

/**
 * What a migration does, or would do in a plan, with one entry of the source or the target.
 */
public enum FileAction {
    /** The file is missing on the target and is copied. */
    COPY,
    /** The target file differs and is replaced, as the overwrite option allows. */
    OVERWRITE,
    /** The target file already equals the source; nothing is written. */
    SKIP_IDENTICAL,
    /** The target file is newer or differs, and the overwrite option keeps it; nothing is written. */
    CONFLICT,
    /**
     * The name cannot exist on a Windows share, or the entry is a link or special file; it is
     * not copied and never renamed.
     */
    REFUSE,
    /** Copying failed, after the allowed retries; the target keeps what it had. */
    FAIL,
    /** A temporary file left on the target by an interrupted migration is removed. */
    REMOVE_TEMP
}
