package org.lbkit.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A password or other credential. Its {@link #toString()} never shows the text; {@link #reveal()}
 * does, and is the only way to read it.
 *
 * <p>A secret is inline (the text itself), a reference to an environment variable
 * ({@code env:NAME}) or a reference to a file ({@code file:PATH}, whose content is the secret with
 * one trailing line break removed). References are resolved on every {@link #reveal()} call, so a
 * cluster file can be read on a machine where the variable is not set, and fails only when the
 * secret is actually used.
 */
public final class Secret {

    /** Where the text of a secret comes from. */
    public enum Source {
        /** The text is held in memory. */
        INLINE,
        /** The text is the value of an environment variable. */
        ENV,
        /** The text is the content of a file. */
        FILE
    }

    private static final String MASK = "****";

    private static UnaryOperator<String> environment = System::getenv;

    private final Source source;
    private final String value;

    private Secret(Source source, String value) {
        this.source = source;
        this.value = value;
    }

    /**
     * Creates an inline secret.
     *
     * @param text the secret text; may be empty, never {@code null}
     * @return the secret
     */
    public static Secret of(String text) {
        return new Secret(Source.INLINE, Objects.requireNonNull(text, "secret text"));
    }

    /**
     * Creates a secret read from an environment variable when revealed.
     *
     * @param variable the variable name
     * @return the secret
     * @throws LbValidationException if the name is empty or contains {@code =} or a NUL
     */
    public static Secret fromEnv(String variable) {
        Objects.requireNonNull(variable, "variable");
        if (variable.isEmpty() || variable.indexOf('=') >= 0 || variable.indexOf('\0') >= 0) {
            throw new LbValidationException("invalid environment variable name '" + variable
                    + "' in a secret reference: the name must be non-empty and contain no '=' or NUL");
        }
        return new Secret(Source.ENV, variable);
    }

    /**
     * Creates a secret read from a file when revealed.
     *
     * @param file the file holding the secret
     * @return the secret
     */
    public static Secret fromFile(Path file) {
        return new Secret(Source.FILE, Objects.requireNonNull(file, "file").toString());
    }

    /**
     * Parses the form used in cluster files: {@code env:NAME}, {@code file:PATH}, or any other
     * text, which is taken as the secret itself.
     *
     * @param text the text from the file
     * @return the secret
     */
    public static Secret parse(String text) {
        Objects.requireNonNull(text, "secret text");
        if (text.startsWith("env:")) {
            return fromEnv(text.substring(4));
        }
        if (text.startsWith("file:") && text.length() > 5) {
            return new Secret(Source.FILE, text.substring(5));
        }
        return of(text);
    }

    /**
     * Returns where the text comes from.
     *
     * @return the source
     */
    public Source source() {
        return source;
    }

    /**
     * Returns the reference of a secret that is not inline ({@code env:NAME} or
     * {@code file:PATH}); for an inline secret, the mask {@code ****}.
     *
     * @return the reference, safe to log and to write to a file
     */
    public String reference() {
        switch (source) {
            case ENV:
                return "env:" + value;
            case FILE:
                return "file:" + value;
            default:
                return MASK;
        }
    }

    /**
     * Returns whether this secret holds its text in memory.
     *
     * @return {@code true} for an inline secret
     */
    public boolean isInline() {
        return source == Source.INLINE;
    }

    /**
     * Returns the secret text, reading the variable or the file of a reference.
     *
     * @return the text
     * @throws LbException if the variable is not set or the file cannot be read
     */
    public String reveal() {
        switch (source) {
            case ENV:
                return revealEnv();
            case FILE:
                return revealFile();
            default:
                return value;
        }
    }

    private String revealEnv() {
        String text = environment.apply(value);
        if (text == null) {
            throw new LbException("environment variable " + value
                    + " is not set; export it before running, or write the secret as file:PATH");
        }
        return text;
    }

    private String revealFile() {
        try {
            String text = Files.readString(Path.of(value), StandardCharsets.UTF_8);
            if (text.endsWith("\r\n")) {
                return text.substring(0, text.length() - 2);
            }
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException | RuntimeException e) {
            throw new LbException("cannot read the secret file " + value + " (" + e.getClass().getSimpleName()
                    + "); check that it exists and is readable by this user", e);
        }
    }

    /**
     * Replaces the environment lookup, for tests only.
     *
     * @param lookup the function that returns a variable's value or {@code null}
     */
    static void environmentForTests(UnaryOperator<String> lookup) {
        environment = lookup == null ? System::getenv : lookup;
    }

    /**
     * Compares source and value; inline texts are compared in constant time.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Secret)) {
            return false;
        }
        Secret that = (Secret) other;
        return source == that.source && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    /** Returns {@code ****} for an inline secret, or the reference; never the text. */
    @Override
    public String toString() {
        return reference();
    }
}
