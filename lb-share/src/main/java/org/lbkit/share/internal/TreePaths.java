package org.lbkit.share.internal;

import java.util.Objects;

import org.lbkit.share.LbShareException;
import org.lbkit.share.ShareFailure;

/** Checks and joins the relative, {@code /}-separated paths that {@code FileTree} methods take. */
public final class TreePaths {

    private TreePaths() {
    }

    /**
     * Checks a relative path and returns it.
     *
     * @param path the path
     * @return the same path
     * @throws LbShareException with {@link ShareFailure#INVALID_NAME} for an absolute path, an
     *         empty, {@code .} or {@code ..} segment, or a NUL character
     */
    public static String check(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty()) {
            return path;
        }
        if (path.indexOf('\0') >= 0) {
            throw invalid(path, "contains a NUL character");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid(path, "has an empty, '.' or '..' segment or a leading or trailing '/'");
            }
        }
        return path;
    }

    private static LbShareException invalid(String path, String rule) {
        return new LbShareException(ShareFailure.INVALID_NAME, null,
                "invalid relative path '" + path.replace("\0", "\\0") + "': it " + rule
                        + "; pass segments separated by '/', with no leading '/'", null);
    }

    /**
     * Joins a folder path and a name.
     *
     * @param directory the folder's relative path, empty for the root
     * @param name the name
     * @return the joined path
     */
    public static String join(String directory, String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }

    /**
     * Returns the folder part of a path.
     *
     * @param path the path
     * @return everything before the last {@code /}, or empty
     */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * Returns the last segment of a path.
     *
     * @param path the path
     * @return everything after the last {@code /}
     */
    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
