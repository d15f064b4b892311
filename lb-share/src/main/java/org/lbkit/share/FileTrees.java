package org.lbkit.share;

import java.nio.file.Path;
import java.util.Objects;

import org.lbkit.share.internal.LocalTree;

/** Factory of folder trees on the local file system. For SMB shares, see {@link SmbTree}. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Returns the tree rooted at a local folder, which may be a mounted share. The folder need not
     * exist yet when the tree is used as a migration target.
     *
     * @param root the root folder
     * @return the tree
     */
    public static FileTree local(Path root) {
        return new LocalTree(Objects.requireNonNull(root, "root").toAbsolutePath().normalize());
    }
}
