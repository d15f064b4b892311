package org.lbkit.model.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML or JSON document from a Jackson parser into a {@link FileNode} tree. Syntax
 * errors, duplicate keys, YAML aliases and a second document become problems with a position.
 */
public final class FileTreeParser {

    private final JsonParser parser;
    private final FileProblems problems;

    private FileTreeParser(JsonParser parser, FileProblems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * Parses the single document of a parser.
     *
     * @param parser a parser positioned before the first token
     * @param format the format's name for messages, such as {@code YAML}
     * @param problems where problems are recorded
     * @return the root value, or empty when the document is empty or not well-formed
     * @throws IOException if reading the underlying text fails
     */
    public static Optional<FileNode> parse(JsonParser parser, String format, FileProblems problems)
            throws IOException {
        try {
            return new FileTreeParser(parser, problems).document(format);
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            problems.add("", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not well-formed " + format + ": " + e.getOriginalMessage()
                            + "; correct the syntax at this position");
            return Optional.empty();
        }
    }

    private Optional<FileNode> document(String format) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.add("", 1, 1, "the file is empty; write a mapping with the keys name, share,"
                    + " databases and nodes");
            return Optional.empty();
        }
        FileNode root = value(first, "");

        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add("", at.getLineNr(), at.getColumnNr(), "the file holds a second " + format
                    + " document; a cluster file holds exactly one, so remove everything after the first");
        }
        return Optional.of(root);
    }

    private FileNode value(JsonToken token, String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        rejectAlias(path, line, column);
        switch (token) {
            case START_OBJECT:
                return mapping(path, line, column);
            case START_ARRAY:
                return sequence(path, line, column);
            case VALUE_STRING:
                return FileNode.scalar(FileNode.Kind.TEXT, line, column, parser.getText(), null);
            case VALUE_NUMBER_INT:
                return FileNode.scalar(FileNode.Kind.INTEGER, line, column, parser.getText(),
                        parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return FileNode.scalar(FileNode.Kind.DECIMAL, line, column, parser.getText(), null);
            case VALUE_TRUE:
                return FileNode.scalar(FileNode.Kind.BOOLEAN, line, column, "true", null);
            case VALUE_FALSE:
                return FileNode.scalar(FileNode.Kind.BOOLEAN, line, column, "false", null);
            default:
                return FileNode.scalar(FileNode.Kind.NULL, line, column, null, null);
        }
    }

    private FileNode mapping(String path, int line, int column) throws IOException {
        Map<String, FileNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation at = parser.currentTokenLocation();
            String key = parser.currentName();
            FileNode value = value(parser.nextToken(), KeyPaths.child(path, key));

            FileNode.Entry earlier = entries.get(key);
            if (earlier == null) {
                entries.put(key, new FileNode.Entry(key, at.getLineNr(), at.getColumnNr(), value));
            } else {
                problems.add(KeyPaths.child(path, key), at.getLineNr(), at.getColumnNr(), "duplicate key '"
                        + key + "' (first at line " + earlier.line() + "); keep one of them");
            }
        }
        return FileNode.mapping(line, column, entries);
    }

    private FileNode sequence(String path, int line, int column) throws IOException {
        List<FileNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(token, KeyPaths.item(path, items.size())));
        }
        return FileNode.sequence(line, column, items);
    }

    private void rejectAlias(String path, int line, int column) {
        // Jackson returns an alias (*name) as a plain string holding the anchor's name, which
        // would silently become a wrong value.
        if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
            problems.add(path, line, column, "YAML aliases (*name) are not supported in cluster files;"
                    + " write the value out in full");
        }
    }
}
