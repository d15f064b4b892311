package org.lbkit.storage.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lbkit.storage.LbStorageException;
import org.lbkit.storage.RenderedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes rendered files: through a temporary file renamed over the target, with owner-only
 * permissions for files that contain secrets.
 */
public final class FileWriter {

    private static final Logger LOG = LoggerFactory.getLogger(FileWriter.class);

    private FileWriter() {
    }

    /**
     * Writes files under a folder.
     *
     * @param folder the output folder, created when missing
     * @param files the files
     * @return the written paths, in order
     * @throws LbStorageException if a file cannot be written
     */
    public static List<Path> writeAll(Path folder, List<RenderedFile> files) {
        Path root = folder.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(root);
            for (RenderedFile file : files) {
                written.add(write(root, file));
            }
        } catch (IOException e) {
            throw new LbStorageException("cannot write the rendered files to " + root + ": " + e
                    + "; check that the folder is writable", e);
        }
        LOG.info("[{}] wrote {} files, {} of them readable by their owner only", root, written.size(),
                files.stream().filter(RenderedFile::containsSecrets).count());
        return written;
    }

    private static Path write(Path root, RenderedFile file) throws IOException {
        Path target = root.resolve(file.path()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new LbStorageException("rendered file " + file.path() + " would land outside " + root);
        }
        Files.createDirectories(target.getParent());
        Path temporary = createTemporary(target, file);
        try {
            Files.write(temporary, file.bytes());
            setFinalPermissions(temporary, file);
            move(temporary, target);
            LOG.debug("[{}] wrote {} ({} bytes, secrets: {})", root, file.path(), file.bytes().length,
                    file.containsSecrets());
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    // The temporary file is created with its final restrictive mode, so no other user can open
    // it between creation and rename.
    private static Path createTemporary(Path target, RenderedFile file) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        if (isPosix(target.getFileSystem())) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly =
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return Files.createTempFile(target.getParent(), prefix, ".tmp", ownerOnly);
        }
        Path temporary = Files.createTempFile(target.getParent(), prefix, ".tmp");
        if (file.containsSecrets()) {
            restrictAclToOwner(temporary);
        }
        return temporary;
    }

    private static void setFinalPermissions(Path temporary, RenderedFile file) throws IOException {
        if (!isPosix(temporary.getFileSystem())) {
            return;
        }
        String mode = file.containsSecrets() ? "rw-------" : "rw-r--r--";
        if (file.isExecutable()) {
            mode = file.containsSecrets() ? "rwx------" : "rwxr-xr-x";
        }
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(mode));
    }

    // NOTE: only exercised on POSIX file systems in this project's tests.
    private static void restrictAclToOwner(Path temporary) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(temporary, AclFileAttributeView.class);
        if (view == null) {
            throw new LbStorageException("the file system of " + temporary + " supports neither POSIX permissions"
                    + " nor ACLs, so a file with secrets cannot be restricted to its owner; write to another folder");
        }
        AclEntry owner = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(Files.getOwner(temporary))
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build();
        view.setAcl(List.of(owner));
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isPosix(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }
}
