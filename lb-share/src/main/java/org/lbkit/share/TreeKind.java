package org.lbkit.share;

/** Backend of a {@link FileTree}. */
public enum TreeKind {
    /** A folder of the local file system, which may be a mounted share. */
    LOCAL,
    /** A folder on an SMB share, reached through the SMB protocol. */
    SMB
}
