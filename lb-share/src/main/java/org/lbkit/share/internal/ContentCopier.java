package org.lbkit.share.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.lbkit.share.FileTree;
import org.lbkit.share.LbShareException;
import org.lbkit.share.ShareFailure;

/**
 * Streams the bytes of one file from a source tree into a new file of a target tree, optionally
 * hashing them. Between two local trees without hashing it lets the kernel copy
 * ({@link FileChannel#transferTo}), which avoids moving the bytes through the Java heap.
 */
final class ContentCopier {

    private static final long CHANNEL_CHUNK = 8L << 20;

    private final FileTree source;
    private final FileTree target;
    private final ThreadLocal<byte[]> buffers;

    ContentCopier(FileTree source, FileTree target, int bufferSize) {
        this.source = source;
        this.target = target;
        this.buffers = ThreadLocal.withInitial(() -> new byte[bufferSize]);
    }

    /**
     * Copies a file into a new target file. It reads at most one byte more than the expected size,
     * so a file that keeps growing ends the copy instead of prolonging it, and the caller sees the
     * extra byte as a change.
     *
     * @return the number of bytes copied
     */
    long copy(String sourcePath, String targetPath, long expectedSize, MessageDigest digest, Deadline deadline) {
        long limit = expectedSize + 1;
        if (digest == null && source instanceof LocalTree && target instanceof LocalTree) {
            return copyChannels(sourcePath, targetPath, limit, deadline);
        }
        try (InputStream in = source.openRead(sourcePath); OutputStream out = target.createNew(targetPath)) {
            long total = pump(in, out, limit, digest, deadline, target.location(targetPath));
            out.flush();
            return total;
        } catch (IOException e) {
            throw new LbShareException(ShareFailure.IO_ERROR, target.location(targetPath),
                    "copying from " + source.location(sourcePath), e);
        }
    }

    private long pump(InputStream in, OutputStream out, long limit, MessageDigest digest, Deadline deadline,
            String location) throws IOException {
        byte[] buffer = buffers.get();
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, read);
            if (digest != null) {
                digest.update(buffer, 0, read);
            }
            total += read;
            deadline.check(location);
        }
        return total;
    }

    private long copyChannels(String sourcePath, String targetPath, long limit, Deadline deadline) {
        LocalTree from = (LocalTree) source;
        LocalTree to = (LocalTree) target;
        try (FileChannel in = FileChannel.open(from.resolve(sourcePath), StandardOpenOption.READ);
                FileChannel out = FileChannel.open(to.resolve(targetPath), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
            long position = 0;
            long moved;
            while (position < limit
                    && (moved = in.transferTo(position, Math.min(CHANNEL_CHUNK, limit - position), out)) > 0) {
                position += moved;
                deadline.check(to.location(targetPath));
            }
            return position;
        } catch (IOException e) {
            throw LocalErrors.translate(e, to.location(targetPath), "copying from " + from.location(sourcePath));
        }
    }

    /** Returns the SHA-256 of a file's content. */
    byte[] hash(FileTree tree, String path, Deadline deadline) {
        MessageDigest digest = sha256();
        byte[] buffer = buffers.get();
        try (InputStream in = tree.openRead(path)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                deadline.check(tree.location(path));
            }
            return digest.digest();
        } catch (IOException e) {
            throw new LbShareException(ShareFailure.IO_ERROR, tree.location(path), "reading to hash", e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
