package org.lbkit.share;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A local source tree in which one real file grows each time it is read, the way a mailbox file
 * grows while the mail server still delivers into it.
 */
final class GrowingSource implements FileTree {

    private final FileTree delegate;
    private final Path growing;

    GrowingSource(FileTree delegate, Path growing) {
        this.delegate = delegate;
        this.growing = growing;
    }

    @Override
    public InputStream openRead(String path) {
        InputStream in = delegate.openRead(path);
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    append();
                }
                return read;
            }
        };
    }

    private void append() {
        try {
            Files.write(growing, " more".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TreeKind kind() {
        return delegate.kind();
    }

    @Override
    public String location() {
        return delegate.location();
    }

    @Override
    public String location(String path) {
        return delegate.location(path);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Duration timeTolerance() {
        return delegate.timeTolerance();
    }

    @Override
    public FileTree subtree(String path) {
        return delegate.subtree(path);
    }

    @Override
    public Optional<FileEntry> stat(String path) {
        return delegate.stat(path);
    }

    @Override
    public Stream<FileEntry> list(String directory) {
        return delegate.list(directory);
    }

    @Override
    public OutputStream createNew(String path) {
        return delegate.createNew(path);
    }

    @Override
    public void createDirectories(String path) {
        delegate.createDirectories(path);
    }

    @Override
    public void rename(String from, String to) {
        delegate.rename(from, to);
    }

    @Override
    public void deleteFile(String path) {
        delegate.deleteFile(path);
    }

    @Override
    public void setLastModified(String path, Instant time) {
        delegate.setLastModified(path, time);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
