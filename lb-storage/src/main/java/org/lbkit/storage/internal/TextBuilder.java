package org.lbkit.storage.internal;

import org.lbkit.storage.LineEnding;

/** Builds a text file line by line with one line ending. */
public final class TextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final String newline;

    /**
     * Creates an empty text.
     *
     * @param ending the ending of every line
     */
    public TextBuilder(LineEnding ending) {
        this.newline = ending.separator();
    }

    /**
     * Appends lines.
     *
     * @param lines the lines, without line endings
     * @return this builder
     */
    public TextBuilder line(String... lines) {
        for (String line : lines) {
            text.append(line).append(newline);
        }
        return this;
    }

    /**
     * Appends an empty line.
     *
     * @return this builder
     */
    public TextBuilder blank() {
        text.append(newline);
        return this;
    }

    /**
     * Returns the text.
     *
     * @return every line appended so far
     */
    public String build() {
        return text.toString();
    }
}
