package org.lbkit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.lbkit.model.internal.ClusterFileReader;
import org.lbkit.model.internal.ClusterFileWriter;
import org.lbkit.model.internal.FileProblems;
import org.lbkit.model.internal.FileTreeParser;
import org.lbkit.model.internal.TextFiles;
import org.lbkit.model.internal.YamlText;

/**
 * Reads and writes clusters as YAML or JSON files.
 *
 * <p>The file has the keys of the model: {@code name}, {@code share}, {@code databases},
 * {@code nodes}, and optionally {@code archive}, {@code fullTextIndexPath}, {@code licence} and
 * {@code loadBalancer}. A secret is written inline, as {@code env:NAME} or as {@code file:PATH};
 * a relative {@code file:} path is resolved against the working directory when the secret is
 * revealed, as {@link Secret#parse(String)} does. Enum values ignore case:
 * {@code platform: Windows} and {@code platform: windows} are the same.
 *
 * <p>Reading reports every unknown key, value of the wrong type, missing required value and value
 * the model rejects at once, in one {@link ClusterFileException} that gives each key path with its
 * line and column. Reading does not validate the cluster: call {@link Cluster#validate()}, whose
 * findings use the same key paths.
 *
 * <p>Writing never puts an inline secret into a file unless {@link WriteOptions} ask for it.
 * Writing a cluster and reading the file back gives an equal cluster.
 */
public final class ClusterFiles {

    /** The file formats. */
    public enum Format {
        /** YAML 1.1, as read by SnakeYAML through Jackson. */
        YAML,
        /** JSON. */
        JSON;

        /**
         * Returns the format a file name's extension stands for: {@code .yaml} or {@code .yml}
         * for YAML, {@code .json} for JSON, ignoring case.
         *
         * @param file the file
         * @return the format
         * @throws ClusterFileException if the extension is none of these
         */
        public static Format of(Path file) {
            Path name = file.getFileName();
            String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            if (text.endsWith(".yaml") || text.endsWith(".yml")) {
                return YAML;
            }
            if (text.endsWith(".json")) {
                return JSON;
            }
            throw new ClusterFileException(file.toString(), "cannot tell the format from the file name;"
                    + " name the file .yaml, .yml or .json, or use the methods that take a Format", null);
        }
    }

    private static final JsonFactory JSON_FACTORY = JsonFactory.builder().build();
    private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder().build();
    private static final ObjectMapper JSON_WRITER = new ObjectMapper(JSON_FACTORY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ClusterFiles() {
    }

    /**
     * Reads a cluster file, choosing the format from its extension.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file in UTF-8
     * @return the cluster
     * @throws ClusterFileException listing every problem of the file
     */
    public static Cluster read(Path file) {
        Objects.requireNonNull(file, "file");
        Format format = Format.of(file);
        return read(TextFiles.read(file), format, file.toString());
    }

    /**
     * Reads a cluster from text.
     *
     * @param text the file content
     * @param format its format
     * @return the cluster
     * @throws ClusterFileException listing every problem of the text
     */
    public static Cluster read(String text, Format format) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        return read(text, format, format + " text");
    }

    /**
     * Reads a cluster from YAML text.
     *
     * @param text the YAML
     * @return the cluster
     * @throws ClusterFileException listing every problem of the text
     */
    public static Cluster readYaml(String text) {
        return read(text, Format.YAML);
    }

    /**
     * Reads a cluster from JSON text.
     *
     * @param text the JSON
     * @return the cluster
     * @throws ClusterFileException listing every problem of the text
     */
    public static Cluster readJson(String text) {
        return read(text, Format.JSON);
    }

    private static Cluster read(String text, Format format, String source) {
        FileProblems problems = new FileProblems();
        Optional<Cluster> cluster;
        try (JsonParser parser = factory(format).createParser(text)) {
            cluster = FileTreeParser.parse(parser, format.name(), problems)
                    .flatMap(root -> ClusterFileReader.cluster(root, problems));
        } catch (IOException e) {
            // Parsing a String performs no I/O; syntax errors are StreamReadExceptions, handled
            // by FileTreeParser.
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny(source);
        return cluster.orElseThrow(() -> new IllegalStateException("reader returned no cluster and no problem"));
    }

    /**
     * Writes a cluster file with the default options, choosing the format from its extension.
     * The file is replaced in one step, so that a failure leaves the previous content.
     *
     * @param cluster the cluster
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
     * @throws ClusterFileException if a secret is inline, or writing fails
     */
    public static void write(Cluster cluster, Path file) {
        write(cluster, file, WriteOptions.defaults());
    }

    /**
     * Writes a cluster file, choosing the format from its extension. The file is replaced in one
     * step; when inline secrets are written it is readable by its owner only, where the file
     * system has POSIX permissions.
     *
     * @param cluster the cluster
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
     * @param options what to do with inline secrets and defaults
     * @throws ClusterFileException if the options reject an inline secret, or writing fails
     */
    public static void write(Cluster cluster, Path file, WriteOptions options) {
        Objects.requireNonNull(file, "file");
        String text = toText(cluster, Format.of(file), options, file.toString());
        TextFiles.write(file, text, options.inlineSecrets() == WriteOptions.InlineSecrets.WRITE);
    }

    /**
     * Returns a cluster as YAML with the default options.
     *
     * @param cluster the cluster
     * @return the YAML text
     * @throws ClusterFileException if a secret is inline
     */
    public static String toYaml(Cluster cluster) {
        return toText(cluster, Format.YAML, WriteOptions.defaults());
    }

    /**
     * Returns a cluster as YAML.
     *
     * @param cluster the cluster
     * @param options what to do with inline secrets and defaults
     * @return the YAML text
     * @throws ClusterFileException if the options reject an inline secret
     */
    public static String toYaml(Cluster cluster, WriteOptions options) {
        return toText(cluster, Format.YAML, options);
    }

    /**
     * Returns a cluster as JSON with the default options.
     *
     * @param cluster the cluster
     * @return the JSON text
     * @throws ClusterFileException if a secret is inline
     */
    public static String toJson(Cluster cluster) {
        return toText(cluster, Format.JSON, WriteOptions.defaults());
    }

    /**
     * Returns a cluster as JSON.
     *
     * @param cluster the cluster
     * @param options what to do with inline secrets and defaults
     * @return the JSON text
     * @throws ClusterFileException if the options reject an inline secret
     */
    public static String toJson(Cluster cluster, WriteOptions options) {
        return toText(cluster, Format.JSON, options);
    }

    /**
     * Returns a cluster as text in a format.
     *
     * @param cluster the cluster
     * @param format the format
     * @param options what to do with inline secrets and defaults
     * @return the text
     * @throws ClusterFileException if the options reject an inline secret
     */
    public static String toText(Cluster cluster, Format format, WriteOptions options) {
        return toText(cluster, format, options, format + " text");
    }

    private static String toText(Cluster cluster, Format format, WriteOptions options, String target) {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Map<String, Object> document = ClusterFileWriter.document(cluster, options, target);
        try {
            String text = format == Format.YAML ? YamlText.write(document) : JSON_WRITER.writeValueAsString(document);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            // The document holds only maps, lists, strings, numbers and booleans.
            throw new IllegalStateException("cannot serialise the cluster document", e);
        }
    }

    private static JsonFactory factory(Format format) {
        return format == Format.YAML ? YAML_FACTORY : JSON_FACTORY;
    }
}
