package org.lbkit.examples.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.db.testing.MariaDbServer;
import org.lbkit.examples.ExampleClusters;
import org.lbkit.share.testing.SambaServer;

/**
 * The rollout end to end against a real MariaDB and a real Samba share, both on 127.0.0.1: the
 * databases, the share's contents and the rendered files are checked, then a second run must
 * change nothing.
 */
final class RolloutIT {

    private static MariaDbServer mariadb;
    private static SambaServer samba;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServers() {
        mariadb = new MariaDbServer().start();
        // The share password goes into path.dat's remote-connection string, which cannot carry ';' or '|'.
        samba = SambaServer.create().password(ExampleClusters.SHARE_PASSWORD).start();
    }

    @AfterAll
    static void stopServers() {
        if (samba != null) {
            samba.close();
        }
        if (mariadb != null) {
            mariadb.close();
        }
    }

    @Test
    void rollout_realServers_provisionsCopiesRendersThenChangesNothing() throws IOException {
        Path cluster = clusterFile("icewarp");
        Path source = Files.createDirectories(temp.resolve("server1-data"));
        SampleStore.ofSize(3, 6).generate(source);
        String[] args = arguments(cluster, source);

        Run first = run(args);
        Map<String, String> outputAfterFirst = snapshot(temp.resolve("out"));
        Run second = run(args);

        assertThat(first.status()).as(first.output()).isZero();
        assertThat(second.status()).as(second.output()).isZero();
        assertDatabases();
        assertShareEqualsSource(source);
        assertRenderedFiles();
        assertThat(second.output()).contains("Nothing changed: every step was already in place.");
        assertThat(snapshotWithoutSummary(temp.resolve("out"))).isEqualTo(withoutSummary(outputAfterFirst));
        assertThat(first.output() + second.output()).doesNotContain(ExampleClusters.SHARE_PASSWORD)
                .doesNotContain(ExampleClusters.DATABASE_PASSWORD).doesNotContain(mariadb.adminPassword().reveal());
    }

    @Test
    void rollout_sharedConfigHoldsOtherData_stopsUntilOverwriteIsChosen() throws IOException {
        Path cluster = clusterFile("second");
        Path source = Files.createDirectories(temp.resolve("server1-data"));
        SampleStore.ofSize(1, 2).generate(source);
        Path sharedConfig = Files.createDirectories(samba.sharePath().resolve("second/config"));
        Files.writeString(sharedConfig.resolve("settings.cfg"), "another server's settings\n");

        Run refused = run(arguments(cluster, source));
        Run overwritten = run(concat(arguments(cluster, source), "--overwrite-config"));

        assertThat(refused.status()).isEqualTo(3);
        assertThat(refused.output()).contains("--overwrite-config").contains("Node files             not run");
        assertThat(overwritten.status()).as(overwritten.output()).isZero();
        assertThat(sharedConfig.resolve("settings.cfg")).hasSameTextualContentAs(source.resolve("config/settings.cfg"));
    }

    private Path clusterFile(String folder) throws IOException {
        // The share root names a file server by a name this machine never resolves; --smb points
        // the rollout at the Samba server on loopback instead. Each test uses its own folder.
        return ExampleClusters.writeYaml(Files.createDirectories(temp.resolve("cluster")),
                "'\\\\files.example.com\\" + samba.shareName() + "\\" + folder + "\\'", samba.user());
    }

    private String[] arguments(Path cluster, Path source) throws IOException {
        Path adminPassword = temp.resolve("admin-password");
        Files.writeString(adminPassword, mariadb.adminPassword().reveal(), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(adminPassword, PosixFilePermissions.fromString("rw-------"));
        return new String[] {"--cluster", cluster.toString(), "--work", temp.resolve("work").toString(),
            "--db", mariadb.jdbcUrl(), "--db-admin", mariadb.adminUser(),
            "--db-admin-password", "file:" + adminPassword,
            "--smb", "127.0.0.1:" + samba.port(), "--source", source.toString(),
            "--out", temp.resolve("out").toString(), "--no-progress"};
    }

    private void assertDatabases() {
        String databases = mariadb.executeAsRoot("SELECT COUNT(*) FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME IN ('iw_accounts','iw_groupware','iw_antispam','iw_dircache',"
                + "'iw_webclient','iw_activesync','iw_asreports') AND DEFAULT_CHARACTER_SET_NAME = 'utf8mb4'");
        String accounts = mariadb.executeAsRoot("SELECT COUNT(*) FROM mysql.user WHERE User = 'icewarp'"
                + " AND Host IN ('192.168.100.83','192.168.100.84','192.168.100.85')");
        assertThat(databases.strip()).endsWith("7");
        assertThat(accounts.strip()).endsWith("3");
    }

    private void assertShareEqualsSource(Path source) throws IOException {
        Path share = samba.sharePath().resolve("icewarp");
        for (String folder : SampleStore.FOLDERS) {
            assertThat(snapshot(share.resolve(folder))).as(folder).isEqualTo(snapshot(source.resolve(folder)));
        }
        assertThat(share.resolve("_yodaidx")).isDirectory();
        try (Stream<Path> files = Files.walk(share)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".lbpart"))).isEmpty();
        }
    }

    private void assertRenderedFiles() throws IOException {
        Path nodes = temp.resolve("out/nodes");
        for (String node : new String[] {"server1", "server2", "server3"}) {
            assertThat(nodes.resolve(node + "/tool.ps1")).isRegularFile();
            assertThat(nodes.resolve(node + "/service-account.ps1")).isRegularFile();
            String pathDat = Files.readString(nodes.resolve(node + "/path.dat"), StandardCharsets.UTF_8);
            assertThat(pathDat).contains("\\\\files.example.com\\" + samba.shareName() + "\\icewarp\\config\\");
            assertThat(Files.getPosixFilePermissions(nodes.resolve(node + "/path.dat")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(nodes.resolve("load-balancer/haproxy.cfg")).content().contains("backup");
        assertThat(temp.resolve("out/cluster.md")).content().contains("server1");
    }

    /** Maps every file under a folder, by relative path, to its content; empty when the folder is missing. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1)
                        + "@" + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return files;
    }

    private static Map<String, String> snapshotWithoutSummary(Path root) throws IOException {
        return withoutSummary(snapshot(root));
    }

    private static Map<String, String> withoutSummary(Map<String, String> files) {
        Map<String, String> copy = new TreeMap<>(files);
        copy.remove(RolloutResult.SUMMARY_FILE);
        return copy;
    }

    private static String[] concat(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }

    private static Run run(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int status = RolloutCommand.execute(out, args);
        return new Run(status, printed.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String output) {
    }
}
