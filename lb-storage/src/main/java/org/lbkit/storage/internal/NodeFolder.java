package org.lbkit.storage.internal;

import org.lbkit.storage.LbStorageException;

/** Names the output folder of a node's files after the node's server name. */
public final class NodeFolder {

    private NodeFolder() {
    }

    /**
     * Returns the folder name of a node.
     *
     * @param nodeName the node's server name
     * @return the name itself
     * @throws LbStorageException if the name is not a portable folder name (letters, digits,
     *     {@code .}, {@code _}, {@code -}, and not {@code .} or {@code ..})
     */
    public static String of(String nodeName) {
        if (!nodeName.matches("[A-Za-z0-9._-]+") || nodeName.equals(".") || nodeName.equals("..")) {
            throw new LbStorageException("node name '" + nodeName + "' cannot name the folder of its files;"
                    + " use letters, digits, '.', '_' and '-' only");
        }
        return nodeName;
    }
}
