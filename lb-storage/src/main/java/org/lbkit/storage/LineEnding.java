package org.lbkit.storage;

/** Line terminator of a text file IceWarp reads. */
public enum LineEnding {
    /** A line feed alone, as files written on Linux end their lines. */
    LF("\n"),
    /** Carriage return and line feed, as files written on Windows end their lines. */
    CRLF("\r\n");

    private final String separator;

    LineEnding(String separator) {
        this.separator = separator;
    }

    /**
     * Returns the characters that end a line.
     *
     * @return {@code "\n"} or {@code "\r\n"}
     */
    public String separator() {
        return separator;
    }
}
