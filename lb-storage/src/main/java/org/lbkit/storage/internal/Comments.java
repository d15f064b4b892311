package org.lbkit.storage.internal;

/** Makes model text safe to place inside a one-line comment of a script or configuration. */
public final class Comments {

    private Comments() {
    }

    /**
     * Replaces every control, line-separator and paragraph-separator character with {@code ?},
     * so that a name can never end the comment and become code. Used only for comments; values
     * that reach a program are quoted, never changed.
     *
     * @param text the text
     * @return the text, safe inside a comment
     */
    public static String safe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean breaks = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            safe.appendCodePoint(breaks ? '?' : c);
        });
        return safe.toString();
    }
}
