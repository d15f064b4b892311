package org.lbkit.model.internal;

import java.util.Locale;

/** Describes characters in error messages and finds unpaired surrogates. */
public final class Characters {

    private Characters() {
    }

    /**
     * Describes one code point for an error message: {@code '<'} for a printable one,
     * {@code U+0007 (a control character)} for one that would not show.
     *
     * @param codePoint the code point
     * @return the description
     */
    public static String describe(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        if (Character.isISOControl(codePoint)) {
            return hex + " (a control character)";
        }
        if (codePoint <= Character.MAX_VALUE && Character.isSurrogate((char) codePoint)) {
            return hex + " (an unpaired UTF-16 surrogate)";
        }
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return hex;
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }

    /**
     * Returns the index of the first unpaired UTF-16 surrogate, which no file system or URL can
     * carry.
     *
     * @param text the text
     * @return the index, or -1 when every surrogate is paired
     */
    public static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Shows a text inside an error message: control characters and unpaired surrogates are
     * written as {@code \}{@code uXXXX}, and a text longer than 200 characters is cut, with its
     * full length given.
     *
     * @param text the text, possibly {@code null}
     * @return the text to show
     */
    public static String quote(String text) {
        if (text == null) {
            return "(null)";
        }
        int limit = 200;
        if (text.length() > limit && Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        StringBuilder shown = new StringBuilder("'");
        for (int i = 0; i < Math.min(text.length(), limit); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !paired) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        shown.append('\'');
        if (text.length() > limit) {
            shown.append("… (").append(text.length()).append(" characters in all)");
        }
        return shown.toString();
    }
}
