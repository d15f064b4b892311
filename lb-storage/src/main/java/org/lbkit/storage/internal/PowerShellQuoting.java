package org.lbkit.storage.internal;

/**
 * Quotes values for PowerShell. A single-quoted PowerShell string expands nothing ({@code $},
 * backtick and {@code "} are literal); a quote character inside is written twice. PowerShell
 * treats the typographic quotes U+2018, U+2019, U+201A and U+201B as single quotes too, so those
 * are doubled as well.
 */
public final class PowerShellQuoting {

    private static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";

    private PowerShellQuoting() {
    }

    /**
     * Returns a PowerShell string literal whose value is exactly the value.
     *
     * <pre>
     * abc        → 'abc'
     * it's       → 'it''s'
     * $env:X `n  → '$env:X `n'
     * </pre>
     *
     * @param value the value; any text without NUL and unpaired surrogates, line breaks included
     * @param what what the value is, named in the error message instead of the value
     * @return the quoted literal
     * @throws org.lbkit.storage.LbStorageException if the value cannot be passed to a program
     */
    public static String quote(String value, String what) {
        ScriptValues.check(value, what);
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (SINGLE_QUOTES.indexOf(c) >= 0) {
                quoted.append(c);
            }
            quoted.append(c);
        }
        return quoted.append('\'').toString();
    }
}
