package org.lbkit.examples.rollout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.lbkit.model.LbException;

/**
 * The files of the demo run: a cluster file describing the guide's own three-node example, whose
 * passwords are {@code file:} references to random secrets kept beside it, readable by the owner
 * only. Existing files are reused, so that every demo run describes the same cluster.
 */
final class DemoFiles {

    private DemoFiles() {
    }

    static Path clusterFile(Path work) {
        Path file = work.resolve("cluster.yaml");
        try {
            Path secrets = Files.createDirectories(work.resolve("secrets"));
            Path sharePassword = secret(secrets.resolve("share-password"));
            Path databasePassword = secret(secrets.resolve("database-password"));
            if (!Files.exists(file)) {
                Files.writeString(file, clusterYaml(sharePassword, databasePassword), StandardCharsets.UTF_8);
            }
            return file;
        } catch (IOException e) {
            throw new LbException("cannot write the demo cluster file in " + work + ": " + e.getMessage()
                    + "; choose another folder with --work", e);
        }
    }

    private static Path secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n",
                    StandardCharsets.UTF_8);
        }
        return file.toAbsolutePath();
    }

    private static String clusterYaml(Path sharePassword, Path databasePassword) {
        return "# The load-balancing guide's example cluster. Its addresses are data written into the\n"
                + "# grants and settings; the demo connects only to its own servers on 127.0.0.1.\n"
                + "name: mail\n"
                + "share:\n"
                + "  root: '\\\\192.168.100.74\\icewarp\\share\\'\n"
                + "  user: IceWarp\n"
                + "  password: 'file:" + quoted(sharePassword) + "'\n"
                + "databases:\n"
                + "  server: { host: 192.168.100.80, port: 3306 }\n"
                + "  user: icewarp\n"
                + "  password: 'file:" + quoted(databasePassword) + "'\n"
                + "archive:\n"
                + "  enabled: true\n"
                + "loadBalancer:\n"
                + "  name: mail.example.com\n"
                + "  address: 192.168.100.70\n"
                + "nodes:\n"
                + "  - { id: \"1\", name: server1, address: 192.168.100.83, master: true, platform: windows }\n"
                + "  - { id: \"2\", name: server2, address: 192.168.100.84, platform: windows }\n"
                + "  - { id: \"3\", name: server3, address: 192.168.100.85, platform: windows }\n";
    }

    /** Doubles single quotes, the only escape inside a single-quoted YAML string. */
    private static String quoted(Path path) {
        return path.toString().replace("'", "''");
    }
}
