package org.lbkit.model.validation;

import org.lbkit.model.Node;
import org.lbkit.model.internal.Characters;
import org.lbkit.model.internal.KeyPaths;

/** Names nodes and their values in findings, with the key paths of cluster files. */
final class NodePaths {

    private NodePaths() {
    }

    /** Returns the path of a node's value, such as {@code nodes[1].id}. */
    static String path(int index, String key) {
        return KeyPaths.child(KeyPaths.item("nodes", index), key);
    }

    /** Returns how a message names a node, such as {@code nodes[1] (server2)}. */
    static String label(int index, Node node) {
        return KeyPaths.item("nodes", index) + " (" + Characters.quote(node.name()) + ")";
    }
}
