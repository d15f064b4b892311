package org.lbkit.storage.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An IceWarp installation folder whose {@code tool.sh} and {@code icewarpd.sh} are stand-ins
 * that record their arguments, one NUL-separated file per call, so that a rendered bash script
 * can run for real.
 */
public final class StandInInstall {

    // Only bash builtins, so that a script making thirty calls stays fast.
    private static final String RECORDER = "#!/usr/bin/env bash\n"
            + "n=0\n"
            + "printf -v file '%s/calls/%04d' \"${0%/*}\" \"$n\"\n"
            + "while [[ -e \"$file\" ]]; do n=$((n + 1)); printf -v file '%s/calls/%04d' \"${0%/*}\" \"$n\"; done\n"
            + "printf '%s\\0' \"${0##*/}\" \"$@\" > \"$file\"\n";

    private final Path folder;

    private StandInInstall(Path folder) {
        this.folder = folder;
    }

    /**
     * Creates the folder with both stand-ins.
     *
     * @param parent where to create it
     * @return the installation
     */
    public static StandInInstall create(Path parent) {
        try {
            Path folder = Files.createTempDirectory(parent, "icewarp");
            Files.createDirectories(folder.resolve("calls"));
            for (String name : List.of("tool.sh", "icewarpd.sh")) {
                Path program = folder.resolve(name);
                Files.writeString(program, RECORDER);
                program.toFile().setExecutable(true);
            }
            return new StandInInstall(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the folder, with a trailing slash, as a node's install path */
    public String installPath() {
        return folder + "/";
    }

    /** @return the path.dat file of the installation */
    public Path pathDat() {
        return folder.resolve("path.dat");
    }

    /**
     * Runs a script in the installation's folder.
     *
     * @param script the script text
     * @param arguments the script's arguments
     * @return the result
     */
    public Bash.Result run(String script, String... arguments) {
        try {
            Path file = folder.resolve("script.sh");
            StringBuilder wrapper = new StringBuilder();
            Files.writeString(file, script, StandardCharsets.UTF_8);
            wrapper.append("exec bash ").append(file.toString().replace(" ", "\\ "));
            for (String argument : arguments) {
                wrapper.append(' ').append(argument);
            }
            Path launcher = folder.resolve("launch.sh");
            Files.writeString(launcher, wrapper.append('\n').toString());
            return Bash.run(launcher, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns every recorded call in order: the program name, then its arguments.
     *
     * @return the calls
     */
    public List<List<String>> calls() {
        try (Stream<Path> files = Files.list(folder.resolve("calls"))) {
            List<List<String>> calls = new ArrayList<>();
            for (Path file : files.sorted().collect(Collectors.toList())) {
                calls.add(Bash.splitOnNul(Files.readAllBytes(file)));
            }
            return calls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
