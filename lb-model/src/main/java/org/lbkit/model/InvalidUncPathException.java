package org.lbkit.model;

import org.lbkit.model.internal.Characters;

/**
 * Thrown when a text is not a valid UNC path, or when an operation on a {@link UncPath} would
 * produce an invalid one. The message shows the input and what is wrong with it.
 */
public class InvalidUncPathException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param input the text that was rejected, possibly {@code null}
     * @param reason what is wrong with it and, where there is one, the fix
     */
    public InvalidUncPathException(String input, String reason) {
        super("invalid UNC path " + Characters.quote(input) + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    /**
     * Returns the rejected text, unchanged.
     *
     * @return the input, or {@code null} when the input was {@code null}
     */
    public String input() {
        return input;
    }

    /**
     * Returns what is wrong with the input.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
