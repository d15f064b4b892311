package org.lbkit.share.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;

import jcifs.smb.SmbException;
import jcifs.smb.SmbUnsupportedOperationException;
import org.lbkit.share.ShareFailure;

/**
 * Classifies jcifs-ng exceptions by NT status (values from [MS-ERREF] 2.3.1) and by the Java
 * exceptions found in their cause chain.
 */
final class SmbErrors {

    /** A classified failure with the NT status, when the server sent one. */
    record Classified(ShareFailure failure, Integer ntStatus) {
    }

    private static final Map<Integer, ShareFailure> BY_STATUS = Map.ofEntries(
            Map.entry(0xC000006D, ShareFailure.BAD_CREDENTIALS),     // STATUS_LOGON_FAILURE
            Map.entry(0xC0000064, ShareFailure.BAD_CREDENTIALS),     // STATUS_NO_SUCH_USER
            Map.entry(0xC000006A, ShareFailure.BAD_CREDENTIALS),     // STATUS_WRONG_PASSWORD
            Map.entry(0xC000006E, ShareFailure.ACCOUNT_RESTRICTED),  // STATUS_ACCOUNT_RESTRICTION
            Map.entry(0xC000006F, ShareFailure.ACCOUNT_RESTRICTED),  // STATUS_INVALID_LOGON_HOURS
            Map.entry(0xC0000070, ShareFailure.ACCOUNT_RESTRICTED),  // STATUS_INVALID_WORKSTATION
            Map.entry(0xC0000071, ShareFailure.ACCOUNT_RESTRICTED),  // STATUS_PASSWORD_EXPIRED
            Map.entry(0xC0000072, ShareFailure.ACCOUNT_RESTRICTED),  // STATUS_ACCOUNT_DISABLED
            Map.entry(0xC0000193, ShareFailure.ACCOUNT_RESTRICTED),  // STATUS_ACCOUNT_EXPIRED
            Map.entry(0xC0000224, ShareFailure.ACCOUNT_RESTRICTED),  // STATUS_PASSWORD_MUST_CHANGE
            Map.entry(0xC0000234, ShareFailure.ACCOUNT_RESTRICTED),  // STATUS_ACCOUNT_LOCKED_OUT
            Map.entry(0xC00000CC, ShareFailure.SHARE_NOT_FOUND),     // STATUS_BAD_NETWORK_NAME
            Map.entry(0xC0000022, ShareFailure.ACCESS_DENIED),       // STATUS_ACCESS_DENIED
            Map.entry(0xC0000034, ShareFailure.NOT_FOUND),           // STATUS_OBJECT_NAME_NOT_FOUND
            Map.entry(0xC000003A, ShareFailure.NOT_FOUND),           // STATUS_OBJECT_PATH_NOT_FOUND
            Map.entry(0xC0000035, ShareFailure.ALREADY_EXISTS),      // STATUS_OBJECT_NAME_COLLISION
            Map.entry(0xC0000103, ShareFailure.NOT_A_DIRECTORY),     // STATUS_NOT_A_DIRECTORY
            Map.entry(0xC00000BA, ShareFailure.NOT_A_DIRECTORY),     // STATUS_FILE_IS_A_DIRECTORY
            Map.entry(0xC0000043, ShareFailure.SHARING_VIOLATION),   // STATUS_SHARING_VIOLATION
            Map.entry(0xC0000054, ShareFailure.SHARING_VIOLATION),   // STATUS_FILE_LOCK_CONFLICT
            Map.entry(0xC000007F, ShareFailure.DISK_FULL),           // STATUS_DISK_FULL
            Map.entry(0xC0000044, ShareFailure.DISK_FULL),           // STATUS_QUOTA_EXCEEDED
            Map.entry(0xC0000033, ShareFailure.INVALID_NAME),        // STATUS_OBJECT_NAME_INVALID
            Map.entry(0xC0000106, ShareFailure.INVALID_NAME),        // STATUS_NAME_TOO_LONG
            Map.entry(0xC00000C9, ShareFailure.CONNECTION_LOST),     // STATUS_NETWORK_NAME_DELETED
            Map.entry(0xC000020C, ShareFailure.CONNECTION_LOST),     // STATUS_CONNECTION_DISCONNECTED
            Map.entry(0xC000020D, ShareFailure.CONNECTION_LOST),     // STATUS_CONNECTION_RESET
            Map.entry(0xC0000203, ShareFailure.CONNECTION_LOST),     // STATUS_USER_SESSION_DELETED
            Map.entry(0xC000035C, ShareFailure.CONNECTION_LOST),     // STATUS_NETWORK_SESSION_EXPIRED
            Map.entry(0xC00000B5, ShareFailure.TIMEOUT));            // STATUS_IO_TIMEOUT

    private SmbErrors() {
    }

    static Classified classify(Throwable error) {
        Integer status = ntStatus(error);
        if (status != null && BY_STATUS.containsKey(status)) {
            return new Classified(BY_STATUS.get(status), status);
        }
        return new Classified(classifyCause(error), status);
    }

    private static Integer ntStatus(Throwable error) {
        if (error instanceof SmbException) {
            int status = ((SmbException) error).getNtStatus();
            // 0xC0000001 is STATUS_UNSUCCESSFUL, which jcifs-ng also uses for client-side failures.
            return status == 0 || status == 0xC0000001 ? null : status;
        }
        return null;
    }

    private static ShareFailure classifyCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            ShareFailure failure = classifyOne(cause);
            if (failure != null) {
                return failure;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return error instanceof java.io.IOException ? ShareFailure.IO_ERROR : ShareFailure.UNKNOWN;
    }

    private static ShareFailure classifyOne(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (cause instanceof UnknownHostException) {
            return ShareFailure.UNKNOWN_HOST;
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return ShareFailure.CONNECTION_REFUSED;
        }
        // jcifs-ng signals timeouts with ConnectionTimeoutException and RequestTimeoutException.
        if (cause instanceof SocketTimeoutException || cause.getClass().getSimpleName().contains("Timeout")
                || lower.contains("timed out") || lower.contains("timeout")) {
            return ShareFailure.TIMEOUT;
        }
        if (cause instanceof SmbUnsupportedOperationException && message.contains("encryption")) {
            return ShareFailure.ENCRYPTION_REQUIRED;
        }
        if (message.contains("does not support SMB2") || message.contains("dialect")) {
            return ShareFailure.DIALECT_UNSUPPORTED;
        }
        if (message.contains("Connection reset") || message.contains("Broken pipe")
                || message.contains("disconnected") || message.contains("Transport closed")) {
            return ShareFailure.CONNECTION_LOST;
        }
        return null;
    }
}
