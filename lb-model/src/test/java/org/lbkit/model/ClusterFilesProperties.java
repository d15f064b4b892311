package org.lbkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

final class ClusterFilesProperties {

    /** Any text of printable and control characters, including YAML's special ones. */
    private static Gen<String> anyText() {
        return strings().betweenCodePoints(0x20, 0x24F).ofLengthBetween(0, 12)
                .mix(strings().allPossible().ofLengthBetween(0, 6).assuming(ClusterFilesProperties::isWellFormed), 20)
                .mix(integers().between(0, 12).map(i -> new String[] {
                    "yes", "no", "null", "~", "true", "1e3", "0x1F", "01", "- a", "a: b", "#x", " lead", "*ref"}[i]),
                        30);
    }

    /** Returns whether a text has no lone surrogate, which UTF-8 files cannot hold. */
    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Cluster withTexts(String name, String user, String path) {
        Cluster guide = TestClusters.guideWithReferences();
        return Cluster.builder().from(guide)
                .name(name)
                .share(Share.builder().from(guide.share()).user(user).domain(name).build())
                .fullTextIndexPath(path)
                .nodes(java.util.List.of(guide.nodes().get(0),
                        Node.builder().from(guide.nodes().get(1)).id(name).tempPath(path).build()))
                .build();
    }

    @Test
    void roundTrip_anyTextValues_givesEqualClusterInYamlAndJson() {
        qt().forAll(anyText(), anyText(), anyText()).checkAssert((name, user, path) -> {
            Cluster cluster = withTexts(name, user, path);

            assertThat(ClusterFiles.readYaml(ClusterFiles.toYaml(cluster))).isEqualTo(cluster);
            assertThat(ClusterFiles.readJson(ClusterFiles.toJson(cluster))).isEqualTo(cluster);
        });
    }

    @Test
    void read_anyText_givesClusterOrClusterFileException() {
        String guide = ClusterFilesTest.guideYaml();
        Gen<String> mutated = integers().between(0, guide.length()).zip(anyText(),
                (at, insert) -> guide.substring(0, at) + insert + guide.substring(at));

        qt().forAll(mutated.mix(anyText(), 30)).checkAssert(text -> {
            for (ClusterFiles.Format format : ClusterFiles.Format.values()) {
                try {
                    ClusterFiles.read(text, format);
                } catch (ClusterFileException expected) {
                    assertThat(expected.problems()).isNotEmpty();
                }
            }
        });
    }
}
