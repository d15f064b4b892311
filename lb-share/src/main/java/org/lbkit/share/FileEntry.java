package org.lbkit.share;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a folder tree as a listing or a stat returns it: its path relative to the tree's
 * root (segments separated by {@code /}), its type, size and last modification time.
 */
public final class FileEntry {

    /** Type of an entry. */
    public enum Type {
        /** A regular file. */
        FILE,
        /** A folder. */
        DIRECTORY,
        /** A symbolic link, device, socket or other special file; never copied. */
        OTHER
    }

    private final String path;
    private final Type type;
    private final long size;
    private final Instant lastModified;

    private FileEntry(String path, Type type, long size, Instant lastModified) {
        this.path = Objects.requireNonNull(path, "path");
        this.type = Objects.requireNonNull(type, "type");
        this.size = size;
        this.lastModified = Objects.requireNonNull(lastModified, "lastModified");
    }

    /**
     * Creates an entry.
     *
     * @param path the path relative to the tree root, {@code /}-separated; empty for the root
     * @param type the type
     * @param size the size in bytes (0 for folders)
     * @param lastModified the last modification time
     * @return the entry
     */
    public static FileEntry of(String path, Type type, long size, Instant lastModified) {
        return new FileEntry(path, type, size, lastModified);
    }

    /**
     * Returns the path relative to the tree root.
     *
     * @return the path, {@code /}-separated, empty for the root
     */
    public String path() {
        return path;
    }

    /**
     * Returns the last segment of the path.
     *
     * @return the name
     */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Returns the type.
     *
     * @return the type
     */
    public Type type() {
        return type;
    }

    /**
     * Returns whether this entry is a regular file.
     *
     * @return {@code true} for a file
     */
    public boolean isFile() {
        return type == Type.FILE;
    }

    /**
     * Returns whether this entry is a folder.
     *
     * @return {@code true} for a folder
     */
    public boolean isDirectory() {
        return type == Type.DIRECTORY;
    }

    /**
     * Returns the size in bytes.
     *
     * @return the size; 0 for a folder
     */
    public long size() {
        return size;
    }

    /**
     * Returns the last modification time.
     *
     * @return the time
     */
    public Instant lastModified() {
        return lastModified;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FileEntry)) {
            return false;
        }
        FileEntry that = (FileEntry) other;
        return path.equals(that.path) && type == that.type && size == that.size
                && lastModified.equals(that.lastModified);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, type, size, lastModified);
    }

    @Override
    public String toString() {
        return type + " " + path + " (" + size + " bytes, modified " + lastModified + ")";
    }
}
