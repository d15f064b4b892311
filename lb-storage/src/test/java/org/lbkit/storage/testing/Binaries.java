package org.lbkit.storage.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/** Finds server binaries for tests: skips without them, or fails when LBKIT_REQUIRE_SERVERS=1. */
public final class Binaries {

    private Binaries() {
    }

    /**
     * Returns the first executable among the candidates.
     *
     * @param debianPackage the Debian package that installs it, for the message
     * @param candidates absolute paths to try, in order
     * @return the binary
     */
    public static Path require(String debianPackage, String... candidates) {
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        String message = "none of " + List.of(candidates) + " exists; install the Debian package " + debianPackage;
        if ("1".equals(System.getenv("LBKIT_REQUIRE_SERVERS"))) {
            fail(message + " (LBKIT_REQUIRE_SERVERS=1 makes this a failure)");
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }
}
