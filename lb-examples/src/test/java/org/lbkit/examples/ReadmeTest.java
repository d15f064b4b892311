package org.lbkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.ClusterFiles;
import org.lbkit.model.Platform;

/** Keeps the README's cluster files true: each YAML block in it must read as a valid cluster. */
final class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void yamlBlocks_readAsValidClusters() throws IOException {
        List<String> blocks = yamlBlocks();

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        for (String yaml : blocks) {
            Cluster cluster = ClusterFiles.readYaml(yaml);
            assertThat(cluster.validate().errors()).as(yaml).isEmpty();
        }
    }

    @Test
    void formatBlock_setsTheDocumentedValues() throws IOException {
        Cluster cluster = ClusterFiles.readYaml(yamlBlocks().get(yamlBlocks().size() - 1));

        assertThat(cluster.databases().backup()).isPresent();
        assertThat(cluster.share().domain()).contains("CORP");
        assertThat(cluster.nodes().get(1).platform()).isEqualTo(Platform.LINUX);
        assertThat(cluster.nodes().get(1).shareMount()).contains("/mnt/icewarp/");
        assertThat(cluster.loadBalancer().name()).contains("mail.example.com");
    }

    private static List<String> yamlBlocks() throws IOException {
        Matcher matcher = YAML_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }
}
