package org.lbkit.model.internal;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.lbkit.model.ClusterFileException;

/** Reads and writes the text of cluster files, in UTF-8. */
public final class TextFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private TextFiles() {
    }

    /**
     * Reads a UTF-8 file, dropping a leading byte-order mark.
     *
     * @param file the file
     * @return the text
     * @throws ClusterFileException if the file is missing, unreadable or not UTF-8
     */
    public static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new ClusterFileException(file.toString(), "file not found; check the path", e);
        } catch (MalformedInputException e) {
            throw new ClusterFileException(file.toString(), "the file is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new ClusterFileException(file.toString(), "cannot read the file (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); check that it is a readable file", e);
        }
    }

    /**
     * Replaces a file's content in one step: the text goes to a temporary file beside it, which
     * is then moved over the target, so a failure never leaves half a file.
     *
     * @param file the target
     * @param text the content
     * @param ownerOnly whether the file must be readable by its owner only (it holds secrets)
     * @throws ClusterFileException if writing fails
     */
    public static void write(Path file, String text, boolean ownerOnly) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            permit(temp, ownerOnly);
            move(temp, target);
        } catch (IOException e) {
            throw new ClusterFileException(file.toString(), "cannot write the file (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); check that the folder exists and is writable", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void permit(Path temp, boolean ownerOnly) throws IOException {
        // Files.createTempFile makes the file owner-only on POSIX systems; a file without secrets
        // gets the usual rw-r--r-- instead.
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(ownerOnly ? OWNER_ONLY : WORLD_READABLE);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The target was written or the original error is being reported; a stray
            // temporary file is the lesser problem.
        }
    }
}
