package org.lbkit.storage.internal;

/**
 * Quotes values for bash. A single-quoted bash word takes every character literally up to the
 * next single quote, so the only character to handle is the quote itself: it closes the string,
 * adds an escaped quote and reopens it ({@code '\''}).
 */
public final class BashQuoting {

    private BashQuoting() {
    }

    /**
     * Returns a bash word that expands to exactly the value.
     *
     * <pre>
     * abc        → 'abc'
     * it's       → 'it'\''s'
     * $HOME `x`  → '$HOME `x`'
     * (empty)    → ''
     * </pre>
     *
     * @param value the value; any text without NUL and unpaired surrogates, line breaks included
     * @param what what the value is, named in the error message instead of the value
     * @return the quoted word
     * @throws org.lbkit.storage.LbStorageException if the value cannot be passed to a program
     */
    public static String quote(String value, String what) {
        ScriptValues.check(value, what);
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
