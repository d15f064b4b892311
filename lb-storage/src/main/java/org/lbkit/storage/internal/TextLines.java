package org.lbkit.storage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Text split into lines, each with the terminator it had ({@code "\n"}, {@code "\r\n"}, or
 * {@code ""} for a last line without one), so that joining them gives the text back unchanged. A
 * carriage return not followed by a line feed stays part of its line.
 */
public final class TextLines {

    private final List<String> values;
    private final List<String> terminators;

    private TextLines(List<String> values, List<String> terminators) {
        this.values = values;
        this.terminators = terminators;
    }

    /**
     * Splits a text. An empty text has no lines; a text ending in a terminator has no empty
     * line after it.
     *
     * @param text the text
     * @return the lines
     */
    public static TextLines split(String text) {
        List<String> values = new ArrayList<>();
        List<String> terminators = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int feed = text.indexOf('\n', start);
            if (feed < 0) {
                values.add(text.substring(start));
                terminators.add("");
                break;
            }
            boolean crlf = feed > start && text.charAt(feed - 1) == '\r';
            values.add(text.substring(start, crlf ? feed - 1 : feed));
            terminators.add(crlf ? "\r\n" : "\n");
            start = feed + 1;
        }
        return new TextLines(values, terminators);
    }

    /**
     * Returns the line contents without terminators.
     *
     * @return a modifiable copy of the contents
     */
    public List<String> values() {
        return new ArrayList<>(values);
    }

    /**
     * Returns the terminator of each line.
     *
     * @return a modifiable copy of the terminators
     */
    public List<String> terminators() {
        return new ArrayList<>(terminators);
    }

    /**
     * Joins lines with their terminators.
     *
     * @param values the line contents
     * @param terminators the terminator of each line
     * @return the text
     */
    public static String join(List<String> values, List<String> terminators) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            text.append(values.get(i)).append(terminators.get(i));
        }
        return text.toString();
    }
}
