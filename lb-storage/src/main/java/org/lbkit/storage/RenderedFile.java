package org.lbkit.storage;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * A file produced by a renderer: where it goes, its text, and whether it contains secrets.
 *
 * <p>A file that contains secrets must be written readable by its owner only;
 * {@link NodeFiles#writeTo} does so. {@link #redacted()} gives the same file with every secret
 * replaced by {@code ****}, for review and logs. {@link #toString()} never shows the content.
 */
@Value.Immutable
@LbStyle
public abstract class RenderedFile {

    /** The text that replaces each secret in {@link #redacted()}. */
    public static final String MASK = "****";

    /**
     * Returns the path relative to the output folder, with {@code /} separators, such as
     * {@code server1/tool.ps1}.
     *
     * @return the relative path
     */
    public abstract String path();

    /**
     * Returns the text.
     *
     * @return the content, secrets included unless this file is redacted
     */
    @Value.Redacted
    public abstract String content();

    /**
     * Returns the text with every secret replaced by {@value #MASK}.
     *
     * @return the redacted content; the content itself for a file without secrets
     */
    @Value.Redacted
    public abstract String redactedContent();

    /**
     * Returns whether {@link #content()} contains a secret.
     *
     * @return {@code true} when the file must be readable by its owner only
     */
    public abstract boolean containsSecrets();

    /**
     * Returns whether the file is a script to run, written with the execute permission.
     *
     * @return {@code true} for scripts, {@code false} by default
     */
    @Value.Default
    public boolean isExecutable() {
        return false;
    }

    /**
     * Returns whether the UTF-8 bytes start with a byte-order mark. Windows PowerShell 5.1
     * reads a script without one in the ANSI code page, which garbles non-ASCII text.
     *
     * @return {@code true} for PowerShell scripts, {@code false} by default
     */
    @Value.Default
    public boolean hasByteOrderMark() {
        return false;
    }

    /**
     * Returns the charset of {@link #bytes()}.
     *
     * @return UTF-8
     */
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    /**
     * Returns the bytes to write: the content in UTF-8, after a byte-order mark when
     * {@link #hasByteOrderMark()}.
     *
     * @return the bytes
     */
    public byte[] bytes() {
        byte[] text = content().getBytes(StandardCharsets.UTF_8);
        if (!hasByteOrderMark()) {
            return text;
        }
        byte[] withMark = Arrays.copyOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 3 + text.length);
        System.arraycopy(text, 0, withMark, 3, text.length);
        return withMark;
    }

    /**
     * Returns the same file with its secrets masked.
     *
     * @return a file whose content is {@link #redactedContent()} and which contains no secret
     */
    public RenderedFile redacted() {
        return builder().from(this).content(redactedContent()).containsSecrets(false).build();
    }

    /**
     * Creates a file without secrets.
     *
     * @param path the relative path
     * @param content the text
     * @return the file
     */
    public static RenderedFile plain(String path, String content) {
        return builder().path(path).content(content).redactedContent(content).containsSecrets(false).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RenderedFile}. */
    public static final class Builder extends ImmutableRenderedFile.Builder {
    }

    @Value.Check
    void check() {
        String path = path();
        boolean escapes = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
                || Arrays.stream(path.split("/", -1)).anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."));
        if (escapes) {
            throw new LbStorageException("rendered file path '" + path + "' must be relative, use / separators,"
                    + " and contain no empty, . or .. segment");
        }
    }
}
