package org.lbkit.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.storage.LbStorageException;
import org.lbkit.storage.testing.GuideCluster;

/** Covers the guards that stand behind the model's validator, calling them without validation. */
final class NodePathsTest {

    @Test
    void shared_windowsAndLinux_useTheNodesForm() {
        Cluster cluster = GuideCluster.windows();
        Node linux = Node.builder().id("4").name("n4").address("10.0.0.4").platform(Platform.LINUX)
                .shareMount("/mnt/iw").build();

        assertThat(new NodePaths(cluster, cluster.nodes().get(0)).shared("mail"))
                .isEqualTo("\\\\192.168.100.74\\icewarp\\share\\mail\\");
        assertThat(new NodePaths(cluster, linux).shared("mail")).isEqualTo("/mnt/iw/mail/");
        assertThat(new NodePaths(cluster, linux).local("/var/tmp")).isEqualTo("/var/tmp/");
    }

    @Test
    void constructor_linuxWithoutMount_throws() {
        Node linux = Node.builder().id("4").name("n4").address("10.0.0.4").platform(Platform.LINUX).build();

        assertThatThrownBy(() -> new NodePaths(GuideCluster.windows(), linux))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("shareMount");
    }

    @Test
    void sharedOrExplicit_matchingForms_areAcceptedAndOthersRejected() {
        Cluster cluster = GuideCluster.linux();
        NodePaths paths = new NodePaths(cluster, cluster.nodes().get(0));

        assertThat(paths.sharedOrExplicit("archives", Optional.of("/mnt/icewarp/archives"), "archive path"))
                .isEqualTo("/mnt/icewarp/archives/");
        assertThat(paths.sharedOrExplicit("archives", Optional.of("\\\\192.168.100.74\\icewarp\\share\\archives"),
                "archive path")).isEqualTo("/mnt/icewarp/archives/");
        assertThatThrownBy(() -> paths.sharedOrExplicit("archives", Optional.of("/srv/archive"), "archive path"))
                .isInstanceOf(LbStorageException.class)
                .hasMessageContaining("'/srv/archive'");
    }
}
