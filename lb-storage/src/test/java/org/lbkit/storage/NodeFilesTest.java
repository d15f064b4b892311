package org.lbkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbkit.model.Cluster;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Node;
import org.lbkit.storage.testing.Bash;
import org.lbkit.storage.testing.GuideCluster;
import org.lbkit.storage.testing.StandInInstall;

final class NodeFilesTest {

    @TempDir
    Path dir;

    @Test
    void render_guideWindowsCluster_givesEveryNodeACompleteSet() {
        NodeFiles files = NodeFiles.render(GuideCluster.windows());

        List<String> expected = new ArrayList<>();
        for (String node : List.of("server1", "server2", "server3")) {
            expected.addAll(List.of(node + "/README.txt", node + "/settings.json", node + "/path.dat",
                    node + "/service-account.ps1", node + "/tool.ps1"));
        }
        expected.addAll(List.of("load-balancer/haproxy.cfg", "load-balancer/balance.sh", "load-balancer/nlb.ps1"));
        assertThat(files.files()).extracting(RenderedFile::path).containsExactlyElementsOf(expected);
        assertThat(files.settings()).containsOnlyKeys("1", "2", "3");
    }

    @Test
    void writeTo_guideWindowsCluster_restrictsSecretFilesToOwner() throws IOException {
        NodeFiles files = NodeFiles.render(GuideCluster.windows());

        List<Path> written = files.writeTo(dir);

        assertThat(written).hasSize(files.files().size());
        assertThat(mode("server1/tool.ps1")).isEqualTo("rwx------");
        assertThat(mode("server1/service-account.ps1")).isEqualTo("rwx------");
        assertThat(mode("server2/path.dat")).isEqualTo("rw-------");
        assertThat(mode("server2/settings.json")).isEqualTo("rw-r--r--");
        assertThat(mode("server2/README.txt")).isEqualTo("rw-r--r--");
        assertThat(mode("load-balancer/haproxy.cfg")).isEqualTo("rw-r--r--");
        assertThat(mode("load-balancer/balance.sh")).isEqualTo("rwxr-xr-x");
        assertThat(Files.readAllBytes(dir.resolve("server1/tool.ps1"))).startsWith(0xEF, 0xBB, 0xBF);
        try (var listing = Files.walk(dir)) {
            assertThat(listing.filter(path -> path.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void writeTo_existingFiles_areReplaced() throws IOException {
        Path target = Files.createDirectories(dir.resolve("server1")).resolve("tool.ps1");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-rw-"));

        NodeFiles.render(GuideCluster.windows()).writeTo(dir);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("tool.exe");
        assertThat(mode("server1/tool.ps1")).isEqualTo("rwx------");
    }

    @Test
    void pathDat_windowsSlave_matchesSettingsAndIsSecret() {
        NodeFiles files = NodeFiles.render(GuideCluster.windows());
        RenderedFile pathDat = files.file("server2/path.dat").orElseThrow();

        assertThat(pathDat.content()).isEqualTo(files.settings().get("2").newPathDat().format());
        assertThat(pathDat.containsSecrets()).isTrue();
        assertThat(pathDat.redacted().content()).doesNotContain(GuideCluster.SHARE_PASSWORD).contains(";IceWarp;****");
        assertThat(PathDat.parse(pathDat.content()).lineEnding()).isEqualTo(LineEnding.CRLF);
    }

    @Test
    void render_existingPathDat_keepsItsOtherLines() {
        PathDat existing = PathDat.read(PathDatTest.sample("linux-container.dat"));

        NodeFiles files = NodeFiles.render(GuideCluster.linux(), Map.of("2", existing));

        PathDat written = PathDat.parse(files.file("server2/path.dat").orElseThrow().content());
        assertThat(written.licenseFile()).isEqualTo("/data/license.key");
        assertThat(written.configPath()).isEqualTo("/mnt/icewarp/config/");
        assertThat(files.file("server2/path.dat").orElseThrow().containsSecrets()).isFalse();
    }

    @Test
    void render_existingPathDatForUnknownNode_throws() {
        assertThatThrownBy(() -> NodeFiles.render(GuideCluster.linux(), Map.of("7", PathDat.parse(""))))
                .isInstanceOf(LbValidationException.class)
                .hasMessageContaining("'7'");
    }

    @Test
    void settingsJson_isRedactedAndComplete() throws IOException {
        String json = NodeFiles.render(GuideCluster.windows()).file("server1/settings.json").orElseThrow().content();

        JsonNode tree = new ObjectMapper().readTree(json);

        assertThat(json).doesNotContain(GuideCluster.SHARE_PASSWORD).doesNotContain("db-pw");
        assertThat(tree.get("nodeName").asText()).isEqualTo("server1");
        assertThat(tree.get("apiVariables")).hasSize(NodeSettings.of(GuideCluster.windows(), "1").apiVariables().size());
        assertThat(tree.get("tableCreations")).hasSize(5);
    }

    @Test
    void readme_firstNodeCopiesConfigAndOthersWait() {
        NodeFiles files = NodeFiles.render(GuideCluster.windows());

        assertThat(files.file("server1/README.txt").orElseThrow().content())
                .contains("1. As administrator: powershell -ExecutionPolicy Bypass -File .\\service-account.ps1")
                .contains("copy this node's config, spam and calendar folders");
        assertThat(files.file("server2/README.txt").orElseThrow().content()).contains("Wait until server1");
        assertThat(NodeFiles.render(GuideCluster.linux()).file("server3/README.txt").orElseThrow().content())
                .contains("1. As root: bash tool.sh");
    }

    @Test
    void redacted_everyFile_containsNoSecret() {
        for (RenderedFile file : NodeFiles.render(GuideCluster.windows()).redacted().files()) {
            assertThat(file.containsSecrets()).as(file.path()).isFalse();
            assertThat(file.content()).as(file.path()).doesNotContain(GuideCluster.SHARE_PASSWORD)
                    .doesNotContain("db-pw");
        }
    }

    @Test
    void toString_showsCountsOnly() {
        assertThat(NodeFiles.render(GuideCluster.windows()).toString()).isEqualTo("NodeFiles[3 nodes, 18 files]");
    }

    @Test
    void writtenLinuxScripts_guideCluster_everyNodeRunsForReal() throws IOException {
        List<StandInInstall> installs = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        for (Node node : GuideCluster.linux().nodes()) {
            StandInInstall install = StandInInstall.create(dir);
            installs.add(install);
            nodes.add(Node.builder().from(node).installPath(install.installPath()).build());
        }
        Cluster cluster = Cluster.builder().from(GuideCluster.linux()).nodes(nodes).build();
        Path output = dir.resolve("out");
        NodeFiles files = NodeFiles.render(cluster);
        files.writeTo(output);

        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            Bash.Result result = Bash.run(output.resolve(node.name() + "/tool.sh"), Map.of());

            assertThat(result.exitCode()).as(node.name() + ": " + result.errors()).isZero();
            NodeSettings settings = files.settings().get(node.id());
            assertThat(installs.get(i).calls()).containsExactlyElementsOf(
                    ToolScriptRendererTest.expectedBashCalls(settings));
            assertThat(Files.readString(installs.get(i).pathDat()))
                    .isEqualTo(files.file(node.name() + "/path.dat").orElseThrow().content());
        }
    }

    @Test
    void haproxyFromNodeFiles_passesRealChecker() throws Exception {
        NodeFiles.render(GuideCluster.linux()).writeTo(dir);
        Path haproxy = org.lbkit.storage.testing.Binaries.require("haproxy", "/usr/sbin/haproxy", "/usr/bin/haproxy");

        Process process = new ProcessBuilder(haproxy.toString(), "-c", "-f",
                dir.resolve("load-balancer/haproxy.cfg").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("Configuration file is valid");
    }

    private String mode(String relative) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(relative)));
    }
}
