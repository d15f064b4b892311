package org.lbkit.share.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Properties;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jcifs.CIFSContext;
import jcifs.CIFSException;
import jcifs.CloseableIterator;
import jcifs.SmbConstants;
import jcifs.SmbResource;
import jcifs.config.PropertyConfiguration;
import jcifs.context.BaseContext;
import jcifs.smb.NtlmPasswordAuthenticator;
import jcifs.smb.SmbFile;
import org.lbkit.share.FileEntry;
import org.lbkit.share.FileTree;
import org.lbkit.share.LbShareException;
import org.lbkit.share.ShareFailure;
import org.lbkit.share.TreeKind;

/**
 * A folder tree on an SMB share, through jcifs-ng. Each tree owns one {@link CIFSContext}, so
 * trees share no connection state. Files are addressed by building {@link SmbFile}s from their
 * parent and each name, which keeps {@code #}, {@code %}, spaces and non-ASCII names intact;
 * folder URLs end in {@code /} as jcifs-ng requires. Credentials go to the authenticator, never
 * into a URL.
 */
public final class JcifsTree implements FileTree {

    private static final Duration TOLERANCE = Duration.ofSeconds(2);

    private final SmbSettings settings;
    private final JcifsConnections connections;
    private final String basePath;
    private final EncryptionProbe encryption;
    private final boolean owner;

    private JcifsTree(SmbSettings settings, JcifsConnections connections, String basePath,
            EncryptionProbe encryption, boolean owner) {
        this.settings = settings;
        this.connections = connections;
        this.basePath = basePath;
        this.encryption = encryption;
        this.owner = owner;
    }

    /**
     * Opens a tree; the connections are made on first use.
     *
     * @param settings where and as whom to connect
     * @param connectionCount how many connections the tree's threads share
     * @return the tree
     */
    public static JcifsTree open(SmbSettings settings, int connectionCount) {
        JcifsConnections connections = new JcifsConnections(settings, connectionCount);
        EncryptionProbe encryption = new EncryptionProbe(settings, connections.firstShareRoot());
        return new JcifsTree(settings, connections, "", encryption, true);
    }

    /** Returns the root folder of this tree on the calling thread's connection. */
    private SmbFile root() {
        String full = settings.path().isEmpty() ? basePath
                : basePath.isEmpty() ? settings.path() : settings.path() + "/" + basePath;
        return full.isEmpty() ? connections.shareRoot() : directory(connections.shareRoot(), full, settings);
    }

    /** Builds a context with the defaults every production server accepts. */
    static CIFSContext context(SmbSettings settings, boolean advertiseEncryption) {
        Properties properties = new Properties();
        properties.setProperty("jcifs.smb.client.minVersion", settings.minDialect().name());
        properties.setProperty("jcifs.smb.client.maxVersion", settings.maxDialect().name());
        // NetBIOS, WINS and broadcast lookups add seconds per connection and leak names on the LAN.
        properties.setProperty("jcifs.resolveOrder", "DNS");
        properties.setProperty("jcifs.smb.client.dfs.disabled", Boolean.toString(!settings.dfs()));
        properties.setProperty("jcifs.smb.client.connTimeout", millis(settings.connectTimeout()));
        properties.setProperty("jcifs.smb.client.responseTimeout", millis(settings.responseTimeout()));
        properties.setProperty("jcifs.smb.client.soTimeout",
                millis(settings.responseTimeout().plusSeconds(5)));
        properties.setProperty("jcifs.smb.client.signingEnforced", Boolean.toString(settings.signingRequired()));
        properties.setProperty("jcifs.smb.client.allowGuestFallback", "false");
        properties.setProperty("jcifs.smb.client.ignoreCopyToException", "false");
        // Advertising encryption without implementing it is only used to diagnose a refusal.
        properties.setProperty("jcifs.smb.client.encryptionEnabled", Boolean.toString(advertiseEncryption));
        try {
            return new BaseContext(new PropertyConfiguration(properties)).withCredentials(
                    new NtlmPasswordAuthenticator(settings.domain(), settings.user(), settings.password().reveal()));
        } catch (CIFSException e) {
            throw new LbShareException(ShareFailure.UNKNOWN, settings.unc(""), "configuring the SMB client", e);
        }
    }

    private static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
    }

    static SmbFile shareRoot(SmbSettings settings, CIFSContext context) {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        try {
            // The share is added as a child name, like every other segment, so that it is never
            // percent-decoded or misread as URL syntax.
            SmbFile server = new SmbFile("smb://" + host + ":" + settings.port() + "/", context);
            return new SmbFile(server, settings.share() + "/");
        } catch (IOException e) {
            throw new LbShareException(ShareFailure.INVALID_NAME, settings.unc(""), "building the SMB URL", e);
        }
    }

    private static SmbFile directory(SmbFile parent, String path, SmbSettings settings) {
        SmbFile current = parent;
        try {
            for (String segment : path.split("/")) {
                current = new SmbFile(current, segment + "/");
            }
            return current;
        } catch (IOException e) {
            throw new LbShareException(ShareFailure.INVALID_NAME, settings.unc(path), "building the SMB URL", e);
        }
    }

    private SmbFile file(String path) {
        TreePaths.check(path);
        SmbFile root = root();
        if (path.isEmpty()) {
            return root;
        }
        String parent = TreePaths.parent(path);
        SmbFile folder = parent.isEmpty() ? root : directory(root, parent, settings);
        try {
            return new SmbFile(folder, TreePaths.name(path));
        } catch (IOException e) {
            throw new LbShareException(ShareFailure.INVALID_NAME, location(path), "building the SMB URL", e);
        }
    }

    private SmbFile folder(String path) {
        TreePaths.check(path);
        return path.isEmpty() ? root() : directory(root(), path, settings);
    }

    private String full(String path) {
        return basePath.isEmpty() ? path : path.isEmpty() ? basePath : basePath + "/" + path;
    }

    /** Classifies an exception, and distinguishes a required encryption from a plain refusal. */
    private LbShareException translate(Throwable error, String path, String operation) {
        SmbErrors.Classified classified = SmbErrors.classify(error);
        ShareFailure failure = classified.failure();
        if (failure == ShareFailure.ACCESS_DENIED && encryption.shareRequiresEncryption()) {
            failure = ShareFailure.ENCRYPTION_REQUIRED;
        }
        return new LbShareException(failure, location(path), classified.ntStatus(), operation + " failed", error);
    }

    @Override
    public TreeKind kind() {
        return TreeKind.SMB;
    }

    @Override
    public String location() {
        return location("");
    }

    @Override
    public String location(String path) {
        String unc = settings.unc(full(path));
        return path.isEmpty() && !unc.endsWith("\\") ? unc + "\\" : unc;
    }

    @Override
    public String name() {
        String full = full("");
        String path = full.isEmpty() ? settings.path() : settings.path().isEmpty() ? full
                : settings.path() + "/" + full;
        return TreePaths.name(path);
    }

    @Override
    public Duration timeTolerance() {
        return TOLERANCE;
    }

    @Override
    public FileTree subtree(String path) {
        TreePaths.check(path);
        return new JcifsTree(settings, connections, full(path), encryption, false);
    }

    @Override
    public Optional<FileEntry> stat(String path) {
        SmbFile file = file(path);
        try {
            if (!file.exists()) {
                return Optional.empty();
            }
            return Optional.of(entry(path, file));
        } catch (CIFSException e) {
            throw translate(e, path, "reading the attributes");
        } finally {
            file.close();
        }
    }

    private static FileEntry entry(String path, SmbResource resource) throws CIFSException {
        boolean directory = resource.isDirectory();
        FileEntry.Type type = directory ? FileEntry.Type.DIRECTORY : FileEntry.Type.FILE;
        return FileEntry.of(path, type, directory ? 0L : resource.length(),
                Instant.ofEpochMilli(resource.lastModified()));
    }

    @Override
    public Stream<FileEntry> list(String directory) {
        SmbFile folder = folder(directory);
        CloseableIterator<SmbResource> children;
        try {
            children = folder.children();
        } catch (CIFSException e) {
            throw translate(e, directory, "listing the folder");
        }
        Iterator<FileEntry> entries = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return children.hasNext();
            }

            @Override
            public FileEntry next() {
                try (SmbResource child = children.next()) {
                    String name = child.getName();
                    String clean = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                    return entry(TreePaths.join(directory, clean), child);
                } catch (CIFSException e) {
                    throw translate(e, directory, "listing the folder");
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false)
                .onClose(() -> closeListing(children, folder));
    }

    private static void closeListing(CloseableIterator<SmbResource> children, SmbFile folder) {
        try {
            children.close();
        } catch (CIFSException e) {
            // Closing the search handle failed; the listing itself is complete.
        }
        folder.close();
    }

    @Override
    public InputStream openRead(String path) {
        SmbFile file = file(path);
        try {
            InputStream in = file.openInputStream(SmbConstants.O_RDONLY, SmbConstants.FILE_READ_DATA
                    | SmbConstants.FILE_READ_ATTRIBUTES, SmbConstants.FILE_SHARE_READ
                    | SmbConstants.FILE_SHARE_WRITE | SmbConstants.FILE_SHARE_DELETE);
            return new TranslatingInput(in, file, path);
        } catch (CIFSException e) {
            file.close();
            throw translate(e, path, "opening the file for reading");
        }
    }

    @Override
    public OutputStream createNew(String path) {
        SmbFile file = file(path);
        try {
            OutputStream out = file.openOutputStream(false, SmbConstants.O_CREAT | SmbConstants.O_EXCL
                    | SmbConstants.O_WRONLY, SmbConstants.FILE_WRITE_DATA | SmbConstants.FILE_READ_ATTRIBUTES
                    | SmbConstants.FILE_WRITE_ATTRIBUTES, SmbConstants.FILE_SHARE_READ);
            return new TranslatingOutput(out, file, path);
        } catch (CIFSException e) {
            file.close();
            throw translate(e, path, "creating the file");
        }
    }

    /**
     * Creates the folder with one request when its parent exists, which is the common case in a
     * migration, and falls back to creating the missing parents.
     */
    @Override
    public void createDirectories(String path) {
        if (path.isEmpty() && stat("").isPresent()) {
            return;
        }
        SmbFile folder = folder(path);
        try {
            folder.mkdir();
        } catch (CIFSException e) {
            LbShareException translated = translate(e, path, "creating the folder");
            if (translated.failure() == ShareFailure.NOT_FOUND) {
                createWithParents(folder, path);
            } else if (translated.failure() != ShareFailure.ALREADY_EXISTS || !isDirectory(path)) {
                throw translated;
            }
        } finally {
            folder.close();
        }
    }

    private void createWithParents(SmbFile folder, String path) {
        try {
            folder.mkdirs();
        } catch (CIFSException e) {
            LbShareException translated = translate(e, path, "creating the folder");
            if (translated.failure() != ShareFailure.ALREADY_EXISTS || !isDirectory(path)) {
                throw translated;
            }
        }
    }

    private boolean isDirectory(String path) {
        return stat(path).map(FileEntry::isDirectory).orElse(false);
    }

    @Override
    public void rename(String from, String to) {
        SmbFile source = file(from);
        SmbFile destination = file(to);
        try {
            source.renameTo(destination, true);
        } catch (CIFSException e) {
            throw translate(e, from, "renaming to " + location(to));
        } finally {
            source.close();
            destination.close();
        }
    }

    @Override
    public void deleteFile(String path) {
        SmbFile file = file(path);
        try {
            // jcifs-ng deletes folders recursively, so a folder must never get here.
            if (!file.exists()) {
                return;
            }
            if (file.isDirectory()) {
                throw new LbShareException(ShareFailure.NOT_A_DIRECTORY, location(path),
                        "refusing to delete a folder with deleteFile", null);
            }
            file.delete();
        } catch (CIFSException e) {
            throw translate(e, path, "deleting the file");
        } finally {
            file.close();
        }
    }

    @Override
    public void setLastModified(String path, Instant time) {
        SmbFile file = file(path);
        try {
            file.setLastModified(time.toEpochMilli());
        } catch (CIFSException e) {
            throw translate(e, path, "setting the modification time");
        } finally {
            file.close();
        }
    }

    /**
     * Publishes with one {@link SmbFile} for the temporary file, whose attributes the size check
     * caches, so that setting the time and renaming skip their own existence checks.
     */
    @Override
    public void publish(String temporary, String path, Instant lastModified, long expectedSize) {
        SmbFile file = file(temporary);
        SmbFile destination = file(path);
        String step = "checking the written file";
        try {
            long size = file.length();
            if (size != expectedSize) {
                throw new LbShareException(ShareFailure.IO_ERROR, location(temporary),
                        "the written file has " + size + " bytes instead of " + expectedSize, null);
            }
            step = "setting the modification time";
            file.setLastModified(lastModified.toEpochMilli());
            step = "renaming to " + location(path);
            file.renameTo(destination, true);
        } catch (CIFSException e) {
            throw translate(e, temporary, step);
        } finally {
            file.close();
            destination.close();
        }
    }

    @Override
    public void close() {
        if (!owner) {
            return;
        }
        connections.close();
    }

    @Override
    public String toString() {
        return "JcifsTree[" + location() + "]";
    }

    /** An input stream whose failures arrive as classified {@link LbShareException}s. */
    private final class TranslatingInput extends FilterInputStream {

        private final SmbFile file;
        private final String path;

        TranslatingInput(InputStream in, SmbFile file, String path) {
            super(in);
            this.file = file;
            this.path = path;
        }

        @Override
        public int read() {
            try {
                return super.read();
            } catch (IOException e) {
                throw translate(e, path, "reading");
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw translate(e, path, "reading");
            }
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (IOException e) {
                throw translate(e, path, "closing after reading");
            } finally {
                file.close();
            }
        }
    }

    /** An output stream whose failures arrive as classified {@link LbShareException}s. */
    private final class TranslatingOutput extends FilterOutputStream {

        private final SmbFile file;
        private final String path;

        TranslatingOutput(OutputStream out, SmbFile file, String path) {
            super(out);
            this.file = file;
            this.path = path;
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw translate(e, path, "writing");
            }
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            try {
                out.write(buffer, offset, length);
            } catch (IOException e) {
                throw translate(e, path, "writing");
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw translate(e, path, "flushing");
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw translate(e, path, "closing after writing");
            } finally {
                file.close();
            }
        }
    }
}
