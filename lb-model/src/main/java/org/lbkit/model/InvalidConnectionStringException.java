package org.lbkit.model;

import java.util.Optional;

/**
 * Thrown when an IceWarp database connection string or a PDO DSN cannot be parsed, or when a
 * value cannot be carried by it. The message names the field; it never contains a password.
 */
public class InvalidConnectionStringException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and the fix, without any password
     * @param field the field concerned, such as {@code password} or {@code port}, or {@code null}
     *     when the problem concerns the whole string
     */
    public InvalidConnectionStringException(String message, String field) {
        super(message);
        this.field = field;
    }

    /**
     * Returns the field concerned: {@code database}, {@code user}, {@code password},
     * {@code host}, {@code port}, {@code syntax}, {@code driver} or a DSN key.
     *
     * @return the field, or empty when the problem concerns the whole string
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
