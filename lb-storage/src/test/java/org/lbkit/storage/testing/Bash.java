package org.lbkit.storage.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs bash scripts for tests and returns what they printed. */
public final class Bash {

    private Bash() {
    }

    /** What a finished script printed, and its exit code. */
    public static final class Result {
        private final int exitCode;
        private final byte[] output;
        private final String errors;

        Result(int exitCode, byte[] output, String errors) {
            this.exitCode = exitCode;
            this.output = output;
            this.errors = errors;
        }

        /** @return the exit code */
        public int exitCode() {
            return exitCode;
        }

        /** @return standard output, as bytes */
        public byte[] output() {
            return output.clone();
        }

        /** @return standard error, decoded as UTF-8 */
        public String errors() {
            return errors;
        }

        /** @return standard output split on NUL bytes, each part decoded as UTF-8 */
        public List<String> nulSeparated() {
            return splitOnNul(output);
        }
    }

    /**
     * Runs a script file with bash, in the C.UTF-8 locale.
     *
     * @param script the script
     * @param environment extra environment variables
     * @return the result
     */
    public static Result run(Path script, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString());
            builder.environment().put("LC_ALL", "C.UTF-8");
            builder.environment().putAll(environment);
            builder.directory(script.getParent().toFile());
            Path errors = Files.createTempFile(script.getParent(), "stderr", ".txt");
            builder.redirectError(errors.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("bash did not finish within 60 s: " + script);
            }
            String errorText = Files.readString(errors, StandardCharsets.UTF_8);
            Files.delete(errors);
            return new Result(process.exitValue(), output, errorText);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run bash: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a script text with bash.
     *
     * @param dir the folder for the script file
     * @param text the script
     * @return the result
     */
    public static Result runText(Path dir, String text) {
        try {
            Path script = Files.createTempFile(dir, "script", ".sh");
            Files.writeString(script, text, StandardCharsets.UTF_8);
            Result result = run(script, Map.of());
            Files.delete(script);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Splits bytes on NUL, decoding each part as UTF-8; a trailing NUL ends the last part.
     *
     * @param bytes the bytes
     * @return the parts
     */
    public static List<String> splitOnNul(byte[] bytes) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                parts.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            parts.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        return parts;
    }
}
