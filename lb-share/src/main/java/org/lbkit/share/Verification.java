package org.lbkit.share;

/** How a migration decides that a target file equals its source, before and after copying. */
public enum Verification {
    /**
     * Same size and modification times within the tolerance. After a copy, the size of the
     * written file is checked.
     */
    SIZE_AND_TIME,
    /**
     * Same SHA-256 hash of the content. After a copy, the written file is read back and its hash
     * compared with the hash of the bytes read from the source.
     */
    CHECKSUM
}
