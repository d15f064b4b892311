package org.lbkit.model.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lbkit.model.ClusterFileException;
import org.lbkit.model.ClusterFileException.Problem;

/** Collects the problems of one cluster file, so that reading reports them all at once. */
public final class FileProblems {

    private final List<Problem> problems = new ArrayList<>();

    /**
     * Records a problem with a value.
     *
     * @param path the key path of the value
     * @param at the value, for its position
     * @param message what is wrong and how to fix it
     */
    public void add(String path, FileNode at, String message) {
        add(path, at.line(), at.column(), message);
    }

    /**
     * Records a problem at a position.
     *
     * @param path the key path
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     * @param message what is wrong and how to fix it
     */
    public void add(String path, int line, int column, String message) {
        problems.add(new Problem(path, line, column, message));
    }

    /**
     * Returns how many problems were recorded so far.
     *
     * @return the count
     */
    public int count() {
        return problems.size();
    }

    /**
     * Throws when any problem was recorded.
     *
     * @param source the file name or text description for the message
     * @throws ClusterFileException listing every problem in file order
     */
    public void throwIfAny(String source) {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        throw new ClusterFileException(source, sorted);
    }
}
