package org.lbkit.share.internal;

import org.lbkit.share.FileEntry;
import org.lbkit.share.LbShareException;

/** Receives what {@link TreeWalker} finds, in the walker's thread. */
interface WalkVisitor {

    /**
     * Receives a folder about to be listed, with the index of its target folder.
     *
     * @return {@code false} to skip the folder's content
     */
    boolean enterDirectory(DirNode directory, TargetIndex target);

    /** Receives a source file whose name is acceptable, with its target entry if any. */
    void file(DirNode directory, FileEntry source, FileEntry target);

    /**
     * Receives a source subfolder with its target entry, if any.
     *
     * @return {@code true} to walk into it
     */
    boolean subdirectory(DirNode directory, FileEntry source, FileEntry target);

    /** Receives a source entry that cannot be copied, with the reason. */
    void refused(FileEntry source, String reason);

    /** Receives a failure to read a source folder or its target folder. */
    void failed(String path, LbShareException error);

    /** Receives a folder whose listing is finished, with its target index. */
    void leaveDirectory(DirNode directory, TargetIndex target);
}
