package org.lbkit.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a cluster file cannot be read or written: a syntax error, an unknown key, a value
 * of the wrong type, a missing required value, a value the model rejects, or an inline secret
 * that the write options do not allow.
 *
 * <p>Reading reports every problem of a file at once. {@link #problems()} lists them in file
 * order; {@link #path()}, {@link #line()} and {@link #column()} give the first one. Messages
 * never contain the text of a secret.
 */
public class ClusterFileException extends LbValidationException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /**
     * One problem in a cluster file.
     *
     * @param path the key path of the offending value, such as {@code nodes[1].address}; empty
     *     for the document as a whole
     * @param line the 1-based line where the value starts, or 0 when the problem has no position
     * @param column the 1-based column where the value starts, or 0 when the problem has no position
     * @param message what is wrong and how to fix it
     */
    public record Problem(String path, int line, int column, String message) {

        /** Returns {@code line L, column C, at PATH: message}, leaving out what is unknown. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            if (line > 0) {
                text.append("line ").append(line).append(", column ").append(column);
            }
            if (!path.isEmpty()) {
                text.append(text.length() == 0 ? "at " : ", at ").append(path);
            }
            return text.length() == 0 ? message : text + ": " + message;
        }
    }

    /**
     * Creates an exception for the problems of one file.
     *
     * @param source the file name, or a description such as {@code YAML text}
     * @param problems the problems, at least one
     */
    public ClusterFileException(String source, List<Problem> problems) {
        super(describe(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ClusterFileException needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates an exception for one problem that has no position, such as an unreadable file.
     *
     * @param source the file name, or a description such as {@code YAML text}
     * @param message what is wrong and how to fix it
     * @param cause the underlying failure, or {@code null}
     */
    public ClusterFileException(String source, String message, Throwable cause) {
        this(source, List.of(new Problem("", 0, 0, message)));
        if (cause != null) {
            initCause(cause);
        }
    }

    private static String describe(String source, List<Problem> problems) {
        if (problems.size() == 1) {
            return "cluster file " + source + ": " + problems.get(0);
        }
        return "cluster file " + source + " has " + problems.size() + " problems:" + System.lineSeparator()
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()));
    }

    /**
     * Returns the file name, or a description of the text that was read or written.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Returns every problem found, in file order.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * Returns the key path of the first problem, such as {@code nodes[1].address}.
     *
     * @return the path, empty when the problem concerns the whole file
     */
    public String path() {
        return first().path();
    }

    /**
     * Returns the 1-based line of the first problem.
     *
     * @return the line, or 0 when the problem has no position
     */
    public int line() {
        return first().line();
    }

    /**
     * Returns the 1-based column of the first problem.
     *
     * @return the column, or 0 when the problem has no position
     */
    public int column() {
        return first().column();
    }

    private Problem first() {
        List<Problem> all = problems();
        return all.isEmpty() ? new Problem("", 0, 0, getMessage()) : all.get(0);
    }
}
