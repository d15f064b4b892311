package org.lbkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.examples.share.MigrateOneFolder;
import org.lbkit.examples.storage.RenderOneNode;
import org.lbkit.examples.validate.ValidateClusterFile;
import org.lbkit.model.ClusterFiles;
import org.lbkit.model.ValidationReport;
import org.lbkit.share.MigrationReport;
import org.lbkit.storage.NodeSettings;

final class ExamplesTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void validateClusterFile_guideExample_printsFindingsAndJson() throws IOException {
        Path file = ExampleClusters.writeGuideYaml(temp);

        ValidationReport report = ValidateClusterFile.run(file, out);

        assertThat(report.isValid()).isTrue();
        assertThat(text()).contains("mail: 0 errors").contains("\"valid\" : true").contains("spof-database");
        assertThat(text()).doesNotContain(ExampleClusters.SHARE_PASSWORD);
    }

    @Test
    void validateClusterFile_twoMasters_reportsError() throws IOException {
        Path file = ExampleClusters.writeGuideYaml(temp);
        Files.writeString(file, Files.readString(file).replace("address: 192.168.100.84,",
                "address: 192.168.100.84, master: true,"));

        ValidationReport report = ValidateClusterFile.run(file, out);

        assertThat(report.findings("single-master")).hasSize(1);
    }

    @Test
    void migrateOneFolder_twice_copiesThenSkips() throws IOException {
        Path source = Files.createDirectories(temp.resolve("mail/example.com/john/inbox"));
        Files.writeString(source.resolve("100000001.imap"), "Subject: one\r\n\r\nbody\r\n");
        Files.writeString(source.resolve("100000002.imap"), "Subject: two\r\n\r\nbody\r\n");

        MigrationReport first = MigrateOneFolder.run(temp.resolve("mail"), temp.resolve("share/mail"), out);
        MigrationReport second = MigrateOneFolder.run(temp.resolve("mail"), temp.resolve("share/mail"), out);

        assertThat(first.filesCopied()).isEqualTo(2);
        assertThat(second.filesCopied()).isZero();
        assertThat(temp.resolve("share/mail/example.com/john/inbox/100000002.imap"))
                .hasSameTextualContentAs(source.resolve("100000002.imap"));
        assertThat(text()).contains("match=true");
    }

    @Test
    void renderOneNode_slave_writesItsRedactedFiles() throws IOException {
        Path file = ExampleClusters.writeGuideYaml(temp);

        NodeSettings settings = RenderOneNode.run(ClusterFiles.read(file), "2", temp.resolve("out"), out);

        assertThat(settings.nodeName()).isEqualTo("server2");
        assertThat(temp.resolve("out/server2/path.dat")).isRegularFile();
        assertThat(temp.resolve("out/server2/tool.ps1")).isRegularFile();
        assertThat(temp.resolve("out/server1")).doesNotExist();
        assertThat(Files.readString(temp.resolve("out/server2/path.dat"))).doesNotContain(ExampleClusters.SHARE_PASSWORD);
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
