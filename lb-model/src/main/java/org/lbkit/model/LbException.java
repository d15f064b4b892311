package org.lbkit.model;

/**
 * Root of every exception lbkit throws on purpose. Unchecked, so that scripts stay short; catch it
 * where a failure can be reported to a person.
 */
public class LbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the value, the rule and the fix.
     *
     * @param message the explanation, never containing a secret
     */
    public LbException(String message) {
        super(message);
    }

    /**
     * Creates an exception that wraps a lower-level cause.
     *
     * @param message the explanation, never containing a secret
     * @param cause the underlying failure
     */
    public LbException(String message, Throwable cause) {
        super(message, cause);
    }
}
