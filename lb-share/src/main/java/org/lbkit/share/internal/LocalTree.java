package org.lbkit.share.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.lbkit.share.FileEntry;
import org.lbkit.share.FileTree;
import org.lbkit.share.LbShareException;
import org.lbkit.share.ShareFailure;
import org.lbkit.share.TreeKind;

/**
 * A folder tree on the local file system. Symbolic links are reported as
 * {@link FileEntry.Type#OTHER} and never followed.
 */
public final class LocalTree implements FileTree {

    private final Path root;

    /**
     * Creates a tree.
     *
     * @param root the absolute, normalised root folder
     */
    public LocalTree(Path root) {
        this.root = root;
    }

    /**
     * Returns the local path of a relative path, for fast paths that use file channels.
     *
     * @param path the relative path
     * @return the absolute path
     */
    public Path resolve(String path) {
        TreePaths.check(path);
        return path.isEmpty() ? root : root.resolve(path);
    }

    @Override
    public TreeKind kind() {
        return TreeKind.LOCAL;
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public String location(String path) {
        return path.isEmpty() ? location() : root.resolve(path).toString();
    }

    @Override
    public String name() {
        Path name = root.getFileName();
        return name == null ? "" : name.toString();
    }

    @Override
    public Duration timeTolerance() {
        return Duration.ZERO;
    }

    @Override
    public FileTree subtree(String path) {
        return new LocalTree(resolve(path));
    }

    @Override
    public Optional<FileEntry> stat(String path) {
        Path file = resolve(path);
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(entry(path, attributes));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw LocalErrors.translate(e, file.toString(), "reading the attributes");
        }
    }

    @Override
    public Stream<FileEntry> list(String directory) {
        Path folder = resolve(directory);
        DirectoryStream<Path> entries;
        try {
            entries = Files.newDirectoryStream(folder);
        } catch (IOException e) {
            throw LocalErrors.translate(e, folder.toString(), "listing the folder");
        }
        return StreamSupport.stream(entries.spliterator(), false)
                .map(child -> listed(directory, child))
                .filter(Optional::isPresent)
                .map(Optional::get)
                .onClose(() -> closeQuietly(entries));
    }

    /** Returns the entry of a listed child, or empty when it vanished since the listing. */
    private Optional<FileEntry> listed(String directory, Path child) {
        String path = TreePaths.join(directory, child.getFileName().toString());
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(entry(path, attributes));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw LocalErrors.translate(e, child.toString(), "reading the attributes");
        }
    }

    private static FileEntry entry(String path, BasicFileAttributes attributes) {
        FileEntry.Type type = attributes.isRegularFile() ? FileEntry.Type.FILE
                : attributes.isDirectory() ? FileEntry.Type.DIRECTORY : FileEntry.Type.OTHER;
        long size = type == FileEntry.Type.FILE ? attributes.size() : 0L;
        return FileEntry.of(path, type, size, attributes.lastModifiedTime().toInstant());
    }

    private static void closeQuietly(DirectoryStream<Path> entries) {
        try {
            entries.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream openRead(String path) {
        // NOTE: Java cannot open with O_NOATIME, so reading may update the access time where the
        // file system is mounted with atime or relatime; content and modification time stay.
        Path file = resolve(path);
        try {
            return Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw LocalErrors.translate(e, file.toString(), "opening the file for reading");
        }
    }

    @Override
    public OutputStream createNew(String path) {
        Path file = resolve(path);
        try {
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw LocalErrors.translate(e, file.toString(), "creating the file");
        }
    }

    @Override
    public void createDirectories(String path) {
        Path folder = resolve(path);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw LocalErrors.translate(e, folder.toString(), "creating the folder");
        }
    }

    @Override
    public void rename(String from, String to) {
        Path source = resolve(from);
        try {
            Files.move(source, resolve(to), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw LocalErrors.translate(e, source.toString(), "renaming to '" + to + "'");
        }
    }

    @Override
    public void deleteFile(String path) {
        Path file = resolve(path);
        try {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new LbShareException(ShareFailure.NOT_A_DIRECTORY, file.toString(),
                        "refusing to delete a folder with deleteFile", null);
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw LocalErrors.translate(e, file.toString(), "deleting the file");
        }
    }

    @Override
    public void setLastModified(String path, Instant time) {
        Path file = resolve(path);
        try {
            Files.setLastModifiedTime(file, FileTime.from(time));
        } catch (IOException e) {
            throw LocalErrors.translate(e, file.toString(), "setting the modification time");
        }
    }

    @Override
    public void close() {
        // A local tree holds no resources.
    }

    @Override
    public String toString() {
        return "LocalTree[" + root + "]";
    }
}
