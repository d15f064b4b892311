package org.lbkit.model.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.lbkit.model.LbValidationException;
import org.lbkit.model.Secret;

/**
 * A mapping of a cluster file, read key by key. Every accessor declares its key as known and
 * records a problem for a value of the wrong kind; {@link #finish()} then reports the
 * keys that no accessor read, with the accepted ones and the nearest spelling.
 */
public final class FileMapping {

    private final FileNode node;
    private final String path;
    private final FileProblems problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, String> missing = new LinkedHashMap<>();

    private FileMapping(FileNode node, String path, FileProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Views a value as a mapping, recording a problem when it is something else.
     *
     * @param node the value
     * @param path its key path
     * @param problems where problems are recorded
     * @return the mapping, or empty when the value is not one
     */
    public static Optional<FileMapping> of(FileNode node, String path, FileProblems problems) {
        if (node.kind() != FileNode.Kind.MAPPING) {
            problems.add(path, node, wrongKind(FileNode.Kind.MAPPING.description(), node));
            return Optional.empty();
        }
        return Optional.of(new FileMapping(node, path, problems));
    }

    /**
     * Returns the mapping's own value, for its position.
     *
     * @return the value
     */
    public FileNode node() {
        return node;
    }

    /**
     * Returns this mapping's key path.
     *
     * @return the path, empty for the document root
     */
    public String path() {
        return path;
    }

    /**
     * Returns the value under a key, treating an explicit empty value as absent.
     *
     * @param key the key
     * @return the value, if present and not empty
     */
    public Optional<FileNode> get(String key) {
        known.add(key);
        FileNode.Entry entry = node.entries().get(key);
        if (entry == null || entry.value().kind() == FileNode.Kind.NULL) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /**
     * Returns the value under a required key; {@link #finish()} reports it when missing.
     *
     * @param key the key
     * @param description what the value is, for the message, such as {@code the share's root folder}
     * @return the value, or empty when missing
     */
    public Optional<FileNode> require(String key, String description) {
        Optional<FileNode> value = get(key);
        if (value.isEmpty() && !missing.containsKey(key)) {
            missing.put(key, description);
        }
        return value;
    }

    /**
     * Returns the path of a key under this mapping.
     *
     * @param key the key
     * @return the key path
     */
    public String pathOf(String key) {
        return KeyPaths.child(path, key);
    }

    /**
     * Returns the problems collector.
     *
     * @return the problems
     */
    public FileProblems problems() {
        return problems;
    }

    /**
     * Reads an optional text. Numbers are taken as written, so that {@code id: 01} gives {@code 01}.
     *
     * @param key the key
     * @return the text, if present and of the right kind
     */
    public Optional<String> text(String key) {
        return get(key).flatMap(value -> text(pathOf(key), value));
    }

    /**
     * Reads a required text.
     *
     * @param key the key
     * @param description what the value is, for the message
     * @return the text, or empty when missing or of the wrong kind
     */
    public Optional<String> requiredText(String key, String description) {
        return require(key, description).flatMap(value -> text(pathOf(key), value));
    }

    /**
     * Reads a text value, recording a problem unless it is a text or a number.
     *
     * @param valuePath the value's key path
     * @param value the value
     * @return the text, or empty when of the wrong kind
     */
    public Optional<String> text(String valuePath, FileNode value) {
        FileNode.Kind kind = value.kind();
        if (kind == FileNode.Kind.TEXT || kind == FileNode.Kind.INTEGER || kind == FileNode.Kind.DECIMAL) {
            return Optional.of(value.text());
        }
        problems.add(valuePath, value, wrongKind("a text", value));
        return Optional.empty();
    }

    /**
     * Reads an optional {@code true} or {@code false}.
     *
     * @param key the key
     * @return the flag, if present and of the right kind
     */
    public Optional<Boolean> flag(String key) {
        return get(key).flatMap(value -> {
            if (value.kind() == FileNode.Kind.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(value.text()));
            }
            problems.add(pathOf(key), value, wrongKind("true or false", value));
            return Optional.empty();
        });
    }

    /**
     * Reads an optional whole number within bounds.
     *
     * @param key the key
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the number, if present, of the right kind and within bounds
     */
    public Optional<Integer> integer(String key, int min, int max) {
        return get(key).flatMap(value -> integer(pathOf(key), value, min, max));
    }

    /**
     * Reads a whole number within bounds, recording a problem otherwise.
     *
     * @param valuePath the value's key path
     * @param value the value
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the number, or empty when of the wrong kind or out of bounds
     */
    public Optional<Integer> integer(String valuePath, FileNode value, int min, int max) {
        if (value.kind() != FileNode.Kind.INTEGER) {
            problems.add(valuePath, value, wrongKind("a whole number", value));
            return Optional.empty();
        }
        BigInteger number = value.integer();
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            problems.add(valuePath, value, "must be between " + min + " and " + max + " but was " + number);
            return Optional.empty();
        }
        return Optional.of(number.intValueExact());
    }

    /**
     * Reads a required nested mapping.
     *
     * @param key the key
     * @param description what the value is, for the message
     * @return the mapping, or empty when missing or of the wrong kind
     */
    public Optional<FileMapping> requiredMapping(String key, String description) {
        return require(key, description).flatMap(value -> of(value, pathOf(key), problems));
    }

    /**
     * Reads a required secret: inline text, {@code env:NAME} or {@code file:PATH}.
     *
     * @param key the key
     * @param description what the secret is, for the message
     * @return the secret, or empty when missing, of the wrong kind or an invalid reference
     */
    public Optional<Secret> requiredSecret(String key, String description) {
        Optional<FileNode> value = require(key, description);
        Optional<String> text = value.flatMap(v -> text(pathOf(key), v));
        try {
            return text.map(Secret::parse);
        } catch (LbValidationException e) {
            problems.add(pathOf(key), value.get(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Builds a model value when reading its keys recorded no problem, and records the model's
     * rejection as a problem at this mapping.
     *
     * @param problemsBefore the problem count before this mapping's keys were read
     * @param build builds the value
     * @param <T> the value type
     * @return the value, or empty when a problem was recorded
     */
    public <T> Optional<T> build(int problemsBefore, Supplier<T> build) {
        if (problems.count() > problemsBefore) {
            return Optional.empty();
        }
        try {
            return Optional.of(build.get());
        } catch (LbValidationException e) {
            problems.add(path, node, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Reads an optional nested mapping.
     *
     * @param key the key
     * @return the mapping, if present and of the right kind
     */
    public Optional<FileMapping> mapping(String key) {
        return get(key).flatMap(value -> of(value, pathOf(key), problems));
    }

    /**
     * Reads an optional list and visits each item with its key path.
     *
     * @param key the key
     * @param visitor called with each item and its path
     * @return whether the key held a list
     */
    public boolean list(String key, ItemVisitor visitor) {
        Optional<FileNode> value = get(key);
        if (value.isEmpty()) {
            return false;
        }
        if (value.get().kind() != FileNode.Kind.SEQUENCE) {
            problems.add(pathOf(key), value.get(), wrongKind("a list", value.get()));
            return false;
        }
        List<FileNode> items = value.get().items();
        for (int i = 0; i < items.size(); i++) {
            visitor.visit(KeyPaths.item(pathOf(key), i), items.get(i));
        }
        return true;
    }

    /**
     * Visits every entry of this mapping whose key is not fixed, such as the role keys of
     * {@code databases.names}; those keys count as known.
     *
     * @param visitor called with each entry and its key path
     */
    public void entries(Consumer<FileNode.Entry> visitor) {
        for (Map.Entry<String, FileNode.Entry> entry : node.entries().entrySet()) {
            known.add(entry.getKey());
            visitor.accept(entry.getValue());
        }
    }

    /**
     * Reads an optional value that must be one of a fixed set of words, ignoring case and
     * treating {@code _} like {@code -}.
     *
     * @param key the key
     * @param choices the accepted words, in the form shown to users, with their values
     * @param <T> the value type
     * @return the value, if present and one of the words
     */
    public <T> Optional<T> choice(String key, Map<String, T> choices) {
        return get(key).flatMap(value -> choice(pathOf(key), value, choices));
    }

    /**
     * Reads a value that must be one of a fixed set of words, recording a problem otherwise.
     *
     * @param valuePath the value's key path
     * @param value the value
     * @param choices the accepted words with their values
     * @param <T> the value type
     * @return the value, or empty when of the wrong kind or not one of the words
     */
    public <T> Optional<T> choice(String valuePath, FileNode value, Map<String, T> choices) {
        Optional<String> text = text(valuePath, value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String expected = Words.normalise(text.get());
        for (Map.Entry<String, T> choice : choices.entrySet()) {
            if (Words.normalise(choice.getKey()).equals(expected)) {
                return Optional.of(choice.getValue());
            }
        }
        problems.add(valuePath, value, "unknown value '" + text.get() + "'; use one of "
                + String.join(", ", choices.keySet()));
        return Optional.empty();
    }

    /**
     * Records a problem for every key that no accessor read, then for every required key
     * that is missing. A missing key that an unknown key's "did you mean" already names is not
     * reported twice.
     */
    public void finish() {
        List<String> accepted = new ArrayList<>(known);
        Set<String> suggested = new LinkedHashSet<>();
        for (FileNode.Entry entry : node.entries().values()) {
            if (!known.contains(entry.key())) {
                Optional<String> nearest = Words.nearest(entry.key(), accepted);
                nearest.ifPresent(suggested::add);
                String hint = nearest.map(near -> "did you mean '" + near + "'? ").orElse("");
                problems.add(pathOf(entry.key()), entry.line(), entry.column(), "unknown key '" + entry.key()
                        + "'; " + hint + "keys accepted " + where() + ": " + String.join(", ", accepted));
            }
        }
        missing.forEach((key, description) -> {
            if (!suggested.contains(key)) {
                FileNode.Entry entry = node.entries().get(key);
                FileNode at = entry == null ? node : entry.value();
                problems.add(pathOf(key), at, "missing required value: add " + key + " (" + description + ") " + where());
            }
        });
    }

    private String where() {
        return path.isEmpty() ? "at the top level" : "under " + path;
    }

    /**
     * Returns the message for a value of the wrong kind. It names the kind found, never the value,
     * because the value may be a secret.
     *
     * @param expected what was expected, such as {@code a list}
     * @param found the value found
     * @return the message
     */
    public static String wrongKind(String expected, FileNode found) {
        return "wrong type: expected " + expected + " but found " + found.kind().description();
    }

    /** Receives the items of a list. */
    @FunctionalInterface
    public interface ItemVisitor {

        /**
         * Visits one item.
         *
         * @param itemPath the item's key path, such as {@code nodes[1]}
         * @param item the item
         */
        void visit(String itemPath, FileNode item);
    }
}
