package org.lbkit.model.internal;

/** Builds key paths such as {@code nodes[1].address}, the form used by file problems and findings. */
public final class KeyPaths {

    private KeyPaths() {
    }

    /**
     * Returns the path of a key under a mapping.
     *
     * @param parent the mapping's path, empty for the document root
     * @param key the key
     * @return {@code parent.key}, or {@code key} at the root
     */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /**
     * Returns the path of a list item.
     *
     * @param list the list's path
     * @param index the 0-based index
     * @return {@code list[index]}
     */
    public static String item(String list, int index) {
        return list + "[" + index + "]";
    }
}
