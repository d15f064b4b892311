package org.lbkit.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when a remote-connection string cannot be parsed, or when a {@link RemoteConnection}
 * contains a value that the string cannot carry. The message names the entry and the field but
 * never contains a password.
 */
public class InvalidRemoteConnectionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Integer entryNumber;
    private final String field;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and the fix, without any password
     * @param entryNumber the 1-based number of the entry concerned, or {@code null}
     * @param field {@code path}, {@code user} or {@code password}, or {@code null}
     * @param cause the underlying failure, such as an {@link InvalidUncPathException}, or
     *     {@code null}
     */
    public InvalidRemoteConnectionException(String message, Integer entryNumber, String field, Throwable cause) {
        super(message, cause);
        this.entryNumber = entryNumber;
        this.field = field;
    }

    /**
     * Returns the 1-based number of the entry concerned, counting only non-empty entries.
     *
     * @return the entry number, or empty when the problem concerns the whole string
     */
    public OptionalInt entryNumber() {
        return entryNumber == null ? OptionalInt.empty() : OptionalInt.of(entryNumber);
    }

    /**
     * Returns the field concerned: {@code path}, {@code user} or {@code password}.
     *
     * @return the field, or empty when the problem concerns a whole entry
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
