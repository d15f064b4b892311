package org.lbkit.storage;

import org.lbkit.model.LbException;

/**
 * Thrown when a storage file or tool output cannot be parsed, when a value cannot be written to
 * the place IceWarp keeps it, or when a rendered file cannot be written. The message names the
 * value, the rule it breaks and the fix; it never contains a secret.
 */
public class LbStorageException extends LbException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the value, the rule and the fix.
     *
     * @param message the explanation, never containing a secret
     */
    public LbStorageException(String message) {
        super(message);
    }

    /**
     * Creates an exception that wraps a lower-level cause.
     *
     * @param message the explanation, never containing a secret
     * @param cause the underlying failure
     */
    public LbStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
