package org.lbkit.share.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.lbkit.share.LbShareException;
import org.lbkit.share.ShareFailure;

/** Turns local file-system exceptions into {@link LbShareException}s with a classified failure. */
final class LocalErrors {

    private LocalErrors() {
    }

    static LbShareException translate(Exception error, String location, String operation) {
        Throwable cause = error instanceof UncheckedIOException ? error.getCause() : error;
        return new LbShareException(classify(cause), location, operation + " failed", cause);
    }

    static ShareFailure classify(Throwable error) {
        if (error instanceof NoSuchFileException) {
            return ShareFailure.NOT_FOUND;
        }
        if (error instanceof FileAlreadyExistsException || error instanceof DirectoryNotEmptyException) {
            return ShareFailure.ALREADY_EXISTS;
        }
        if (error instanceof AccessDeniedException) {
            return ShareFailure.ACCESS_DENIED;
        }
        if (error instanceof NotDirectoryException) {
            return ShareFailure.NOT_A_DIRECTORY;
        }
        if (error instanceof FileSystemException) {
            return classifyByReason(((FileSystemException) error).getReason());
        }
        return error instanceof IOException ? ShareFailure.IO_ERROR : ShareFailure.UNKNOWN;
    }

    /** Maps the strerror texts that the JDK puts in FileSystemException on Linux. */
    private static ShareFailure classifyByReason(String reason) {
        if (reason == null) {
            return ShareFailure.IO_ERROR;
        }
        if (reason.contains("No space left") || reason.contains("quota")) {
            return ShareFailure.DISK_FULL;
        }
        if (reason.contains("File name too long") || reason.contains("Invalid argument")) {
            return ShareFailure.INVALID_NAME;
        }
        if (reason.contains("Not a directory") || reason.contains("Is a directory")) {
            return ShareFailure.NOT_A_DIRECTORY;
        }
        if (reason.contains("Permission denied") || reason.contains("Read-only file system")) {
            return ShareFailure.ACCESS_DENIED;
        }
        return ShareFailure.IO_ERROR;
    }
}
