package org.lbkit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cluster files for the examples' tests: the guide's cluster, with passwords in files. */
public final class ExampleClusters {

    /** Text of the share password file. */
    public static final String SHARE_PASSWORD = "Sh4re'pw\\with\"quotes";

    /** Text of the database password file. */
    public static final String DATABASE_PASSWORD = "Db'pw\\ünï";

    private ExampleClusters() {
    }

    /**
     * Writes the guide's cluster as {@code cluster.yaml} in a folder, with its passwords in files
     * beside it.
     *
     * @param folder the folder
     * @return the cluster file
     * @throws IOException if a file cannot be written
     */
    public static Path writeGuideYaml(Path folder) throws IOException {
        return writeYaml(folder, "'\\\\192.168.100.74\\icewarp\\share\\'", "IceWarp");
    }

    /**
     * Writes the guide's cluster with another share root and account, as {@code cluster.yaml} in a folder.
     *
     * @param folder the folder
     * @param quotedRoot the share root as a quoted YAML scalar
     * @param shareUser the share account's user name
     * @return the cluster file
     * @throws IOException if a file cannot be written
     */
    public static Path writeYaml(Path folder, String quotedRoot, String shareUser) throws IOException {
        Path share = folder.resolve("share-password");
        Path database = folder.resolve("database-password");
        Files.writeString(share, SHARE_PASSWORD, StandardCharsets.UTF_8);
        Files.writeString(database, DATABASE_PASSWORD, StandardCharsets.UTF_8);
        String yaml = "name: mail\n"
                + "share:\n"
                + "  root: " + quotedRoot + "\n"
                + "  user: " + shareUser + "\n"
                + "  password: 'file:" + share + "'\n"
                + "databases:\n"
                + "  server: { host: 192.168.100.80, port: 3306 }\n"
                + "  user: icewarp\n"
                + "  password: 'file:" + database + "'\n"
                + "archive: { enabled: true }\n"
                + "nodes:\n"
                + "  - { id: \"1\", name: server1, address: 192.168.100.83, master: true, platform: windows }\n"
                + "  - { id: \"2\", name: server2, address: 192.168.100.84, platform: windows }\n"
                + "  - { id: \"3\", name: server3, address: 192.168.100.85, platform: windows }\n";
        Path file = folder.resolve("cluster.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
