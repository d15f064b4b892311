package org.lbkit.storage.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads PowerShell single-quoted string literals the way PowerShell's tokenizer does: any of the
 * five single-quote characters ends the literal unless another single-quote character follows,
 * in which case the second one is taken literally.
 */
public final class PowerShellLiterals {

    private static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";

    private PowerShellLiterals() {
    }

    /**
     * Decodes one literal that spans the whole text.
     *
     * @param literal the literal, quotes included
     * @return its value
     */
    public static String decode(String literal) {
        List<String> all = decodeAll(literal);
        if (all.size() != 1 || !isQuote(literal.charAt(0)) || !isQuote(literal.charAt(literal.length() - 1))) {
            throw new IllegalArgumentException("not exactly one literal: " + literal);
        }
        return all.get(0);
    }

    /**
     * Decodes every single-quoted literal in a text, skipping what lies between them.
     *
     * @param text the text
     * @return the values, in order
     */
    public static List<String> decodeAll(String text) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isQuote(text.charAt(i))) {
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (true) {
                if (i >= text.length()) {
                    throw new IllegalArgumentException("unterminated literal in: " + text);
                }
                char c = text.charAt(i);
                if (isQuote(c)) {
                    if (i + 1 < text.length() && isQuote(text.charAt(i + 1))) {
                        value.append(text.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value.append(c);
                i++;
            }
            values.add(value.toString());
        }
        return values;
    }

    /**
     * Decodes the first literal that starts at or after a position.
     *
     * @param text the text
     * @param from where to start looking for the opening quote
     * @return the literal's value
     */
    public static String firstAfter(String text, int from) {
        int start = from;
        while (start < text.length() && !isQuote(text.charAt(start))) {
            start++;
        }
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isQuote(c)) {
                if (i + 1 < text.length() && isQuote(text.charAt(i + 1))) {
                    value.append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                return value.toString();
            }
            value.append(c);
            i++;
        }
        throw new IllegalArgumentException("unterminated literal after index " + from);
    }

    private static boolean isQuote(char c) {
        return SINGLE_QUOTES.indexOf(c) >= 0;
    }
}
