package org.lbkit.share.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers that write local files with chosen times and take snapshots of folder trees. */
public final class LocalFiles {

    private LocalFiles() {
    }

    /**
     * Writes a file, creating its folders, and sets its modification time.
     *
     * @param root the tree root
     * @param path the relative path
     * @param content the content, as UTF-8
     * @param time the modification time
     * @return the file
     */
    public static Path write(Path root, String path, String content, Instant time) {
        return write(root, path, content.getBytes(StandardCharsets.UTF_8), time);
    }

    /**
     * Writes a file, creating its folders, and sets its modification time.
     *
     * @param root the tree root
     * @param path the relative path
     * @param content the content
     * @param time the modification time
     * @return the file
     */
    public static Path write(Path root, String path, byte[] content, Instant time) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.from(time));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns every file and folder under a root with its SHA-256 and size (files) and modification
     * time in whole seconds, keyed by relative path.
     *
     * @param root the root
     * @return the snapshot, sorted by path
     */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(p -> !p.equals(root)).forEach(p -> result.put(root.relativize(p).toString(), describe(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /**
     * Returns the files of a snapshot only, without times of folders, which a copy sets last.
     *
     * @param root the root
     * @return path to hash, size and time, for files only
     */
    public static Map<String, String> files(Path root) {
        Map<String, String> result = new TreeMap<>();
        snapshot(root).forEach((path, value) -> {
            if (!value.startsWith("dir")) {
                result.put(path, value);
            }
        });
        return result;
    }

    private static String describe(Path path) {
        try {
            long seconds = Files.getLastModifiedTime(path).toInstant().getEpochSecond();
            if (Files.isDirectory(path)) {
                return "dir @" + seconds;
            }
            return sha256(Files.readAllBytes(path)) + " " + Files.size(path) + " @" + seconds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
