package org.lbkit.share;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder tree: a local folder ({@link FileTrees#local(java.nio.file.Path)}) or a folder on an
 * SMB share ({@link SmbTree}). Paths are relative to the tree's root, with segments separated by
 * {@code /}; the empty path is the root itself. A path never contains {@code .} or {@code ..}
 * segments.
 *
 * <p>Every method throws {@link LbShareException} with a classified {@link ShareFailure} when the
 * operation fails. Implementations are safe for use by several threads at once.
 */
public interface FileTree extends AutoCloseable {

    /**
     * Returns the backend.
     *
     * @return {@link TreeKind#LOCAL} or {@link TreeKind#SMB}
     */
    TreeKind kind();

    /**
     * Returns where the root is, for messages: a UNC path such as {@code \\fs01\icewarp\mail\} or
     * a local folder. It never contains a password.
     *
     * @return the root's location
     */
    String location();

    /**
     * Returns where a path of this tree is, for messages.
     *
     * @param path the relative path
     * @return the location of that path
     */
    String location(String path);

    /**
     * Returns the name of the root folder (its last segment), or an empty string for the root of
     * a share.
     *
     * @return the root folder's name
     */
    String name();

    /**
     * Returns how far apart two modification times may be and still count as equal. SMB servers
     * keep times at a resolution that a round trip may round, so SMB trees return two seconds;
     * local trees return zero.
     *
     * @return the tolerance
     */
    Duration timeTolerance();

    /**
     * Returns the tree rooted at a folder of this tree. The subtree shares this tree's connection;
     * closing it has no effect, closing this tree closes both.
     *
     * @param path the folder's relative path
     * @return the subtree
     */
    FileTree subtree(String path);

    /**
     * Returns the entry at a path, read fresh from the backend.
     *
     * @param path the relative path
     * @return the entry, or empty when nothing exists there
     */
    Optional<FileEntry> stat(String path);

    /**
     * Lists a folder's direct entries as a lazy stream, which must be closed. Entries come in the
     * backend's order; {@code .} and {@code ..} are left out.
     *
     * @param directory the folder's relative path
     * @return the entries
     */
    Stream<FileEntry> list(String directory);

    /**
     * Opens a file for reading, with read access only.
     *
     * @param path the file's relative path
     * @return the stream, to be closed by the caller
     */
    InputStream openRead(String path);

    /**
     * Creates a new file and opens it for writing. Fails with {@link ShareFailure#ALREADY_EXISTS}
     * when an entry of that name exists, so it never truncates an existing file.
     *
     * @param path the file's relative path; its folder must exist
     * @return the stream, to be closed by the caller
     */
    OutputStream createNew(String path);

    /**
     * Creates a folder and its missing parents; does nothing when the folder exists.
     *
     * @param path the folder's relative path
     */
    void createDirectories(String path);

    /**
     * Renames a file within the tree, replacing an existing file of the target name in one step.
     *
     * @param from the file's relative path
     * @param to the new relative path, in the same folder or another one
     */
    void rename(String from, String to);

    /**
     * Deletes a file. Refuses folders, so that no folder content can be deleted by mistake.
     *
     * @param path the file's relative path
     */
    void deleteFile(String path);

    /**
     * Sets the last modification time of a file or folder.
     *
     * @param path the relative path
     * @param time the new time
     */
    void setLastModified(String path, Instant time);

    /**
     * Publishes a finished temporary file: checks its size, gives it a modification time and
     * renames it over the final path in one step, replacing any file there. The SMB tree does this
     * with fewer round trips than the three separate calls.
     *
     * @param temporary the temporary file's relative path
     * @param path the final relative path
     * @param lastModified the time to give the file
     * @param expectedSize the size the temporary file must have
     * @throws LbShareException with {@link ShareFailure#IO_ERROR}, without renaming, when the
     *         size differs
     */
    default void publish(String temporary, String path, Instant lastModified, long expectedSize) {
        long size = stat(temporary).map(FileEntry::size).orElse(-1L);
        if (size != expectedSize) {
            throw new LbShareException(ShareFailure.IO_ERROR, location(temporary),
                    "the written file has " + size + " bytes instead of " + expectedSize, null);
        }
        setLastModified(temporary, lastModified);
        rename(temporary, path);
    }

    /** Releases the connection, if any. A closed tree cannot be used again. */
    @Override
    void close();
}
