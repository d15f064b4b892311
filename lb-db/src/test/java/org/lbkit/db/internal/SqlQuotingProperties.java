package org.lbkit.db.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

final class SqlQuotingProperties {

    @Test
    void literalUnescapesToTheOriginalText() {
        qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40))
                .assuming(text -> text.indexOf('\0') < 0)
                .check(text -> unescape(SqlQuoting.literal(text, false), false).equals(text)
                        && unescape(SqlQuoting.literal(text, true), true).equals(text));
    }

    @Test
    void escapedGrantPatternCoversOnlyItsOwnName() {
        qt().forAll(strings().ascii().ofLengthBetween(1, 8), strings().ascii().ofLengthBetween(1, 8))
                .check((name, other) -> GrantPatterns.covers(SqlQuoting.storedGrantPattern(name), other)
                        == name.equals(other));
    }

    @Test
    void literalNeverEndsEarly() {
        qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40))
                .assuming(text -> text.indexOf('\0') < 0)
                .check(text -> closingQuote(SqlQuoting.literal(text, false), false)
                        == SqlQuoting.literal(text, false).length() - 1);
    }

    /** Reads a literal the way the server's parser does and returns its value. */
    private static String unescape(String literal, boolean noBackslashEscapes) {
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\'' ) {
                i++;
                value.append('\'');
            } else if (c == '\\' && !noBackslashEscapes) {
                char next = literal.charAt(++i);
                value.append(next == '0' ? '\0' : next);
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /** Returns the index where the server's parser sees the literal end. */
    private static int closingQuote(String literal, boolean noBackslashEscapes) {
        for (int i = 1; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && !noBackslashEscapes) {
                i++;
            } else if (c == '\'') {
                if (i + 1 < literal.length() && literal.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
