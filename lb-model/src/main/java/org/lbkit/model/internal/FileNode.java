package org.lbkit.model.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One value of a cluster file, as parsed from YAML or JSON, with the 1-based line and column where
 * it starts. Jackson's own tree nodes carry no position, so the reader builds this tree instead.
 */
public final class FileNode {

    /** The kinds of value a cluster file can hold. */
    public enum Kind {
        MAPPING("a mapping of keys to values"),
        SEQUENCE("a list"),
        TEXT("a text"),
        INTEGER("a whole number"),
        DECIMAL("a decimal number"),
        BOOLEAN("true or false"),
        NULL("an empty value");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /**
         * Returns how messages name this kind, such as {@code a list}.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    /**
     * One key of a mapping, with the position of the key itself.
     *
     * @param key the key
     * @param line the key's line
     * @param column the key's column
     * @param value the value
     */
    public record Entry(String key, int line, int column, FileNode value) {
    }

    private final Kind kind;
    private final int line;
    private final int column;
    private final String text;
    private final BigInteger integer;
    private final Map<String, Entry> entries;
    private final List<FileNode> items;

    private FileNode(Kind kind, int line, int column, String text, BigInteger integer,
            Map<String, Entry> entries, List<FileNode> items) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.text = text;
        this.integer = integer;
        this.entries = entries;
        this.items = items;
    }

    static FileNode scalar(Kind kind, int line, int column, String text, BigInteger integer) {
        return new FileNode(kind, line, column, text, integer, Map.of(), List.of());
    }

    static FileNode mapping(int line, int column, Map<String, Entry> entries) {
        return new FileNode(Kind.MAPPING, line, column, null, null, entries, List.of());
    }

    static FileNode sequence(int line, int column, List<FileNode> items) {
        return new FileNode(Kind.SEQUENCE, line, column, null, null, Map.of(), items);
    }

    /**
     * Returns the kind of value.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the 1-based line where the value starts.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column where the value starts.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Returns the text of a scalar as written in the file, so that {@code id: 01} gives
     * {@code 01}; {@code null} for a mapping, a list or an empty value.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the value of a whole number.
     *
     * @return the number, {@code null} unless the kind is {@link Kind#INTEGER}
     */
    public BigInteger integer() {
        return integer;
    }

    /**
     * Returns the entries of a mapping, in file order.
     *
     * @return the entries by key, empty unless the kind is {@link Kind#MAPPING}
     */
    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * Returns the items of a list.
     *
     * @return the items, empty unless the kind is {@link Kind#SEQUENCE}
     */
    public List<FileNode> items() {
        return items;
    }
}
