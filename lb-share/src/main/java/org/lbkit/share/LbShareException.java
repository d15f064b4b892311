package org.lbkit.share;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.lbkit.model.LbException;

/**
 * Thrown when a folder tree cannot be reached or an operation on it fails. It carries the
 * classified {@link ShareFailure}, the location (UNC path or local folder) and, for SMB, the NT
 * status code where the server sent one. The message never contains a password.
 */
public class LbShareException extends LbException {

    private static final long serialVersionUID = 1L;

    private final ShareFailure failure;
    private final String location;
    private final Integer ntStatus;

    /**
     * Creates an exception.
     *
     * @param failure the kind of failure
     * @param location the UNC path or local folder concerned, or {@code null}
     * @param ntStatus the NT status code, or {@code null} when unknown
     * @param detail what was attempted and what happened, without secrets
     * @param cause the underlying failure, or {@code null}
     */
    public LbShareException(ShareFailure failure, String location, Integer ntStatus, String detail,
            Throwable cause) {
        super(message(failure, location, ntStatus, detail), cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.location = location;
        this.ntStatus = ntStatus;
    }

    /**
     * Creates an exception without NT status.
     *
     * @param failure the kind of failure
     * @param location the UNC path or local folder concerned, or {@code null}
     * @param detail what was attempted and what happened, without secrets
     * @param cause the underlying failure, or {@code null}
     */
    public LbShareException(ShareFailure failure, String location, String detail, Throwable cause) {
        this(failure, location, null, detail, cause);
    }

    private static String message(ShareFailure failure, String location, Integer ntStatus,
            String detail) {
        StringBuilder text = new StringBuilder(detail);
        if (location != null) {
            text.append(" at ").append(location);
        }
        text.append(": ").append(failure.explanation());
        if (ntStatus != null) {
            text.append(String.format(" (NT status 0x%08X)", ntStatus));
        }
        return text.append("; ").append(failure.fix()).toString();
    }

    /**
     * Returns the kind of failure.
     *
     * @return the failure
     */
    public ShareFailure failure() {
        return failure;
    }

    /**
     * Returns the UNC path or local folder concerned.
     *
     * @return the location, if known
     */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns the NT status code the SMB server sent.
     *
     * @return the status, if the server sent one
     */
    public OptionalInt ntStatus() {
        return ntStatus == null ? OptionalInt.empty() : OptionalInt.of(ntStatus);
    }
}
