package org.lbkit.model.validation;

import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.assertNoFinding;
import static org.lbkit.model.validation.Fixtures.cluster;
import static org.lbkit.model.validation.Fixtures.guide;
import static org.lbkit.model.validation.Fixtures.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.DatabaseAccess;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.Severity;

final class NodeChecksTest {

    @Test
    void nodeCount_oneNode_isError() {
        assertFinding(cluster(c -> c.nodes(List.of(guide().nodes().get(0)))), "min-two-nodes", Severity.ERROR,
                "nodes", "1 node");
    }

    @Test
    void singleMaster_noMaster_isError() {
        assertFinding(node(0, n -> n.master(false)), "single-master", Severity.ERROR, "nodes", "no node is master");
    }

    @Test
    void singleMaster_twoMasters_pointsAtSecond() {
        assertFinding(node(2, n -> n.master(true)), "single-master", Severity.ERROR, "nodes[2].master",
                "server1", "server3");
    }

    @Test
    void serverId_empty_isError() {
        assertFinding(node(1, n -> n.id("")), "server-id-empty", Severity.ERROR, "nodes[1].id", "server2");
    }

    @Test
    void serverId_threeCharacters_isError() {
        assertFinding(node(1, n -> n.id("123")), "server-id-length", Severity.ERROR, "nodes[1].id", "'123'",
                "at most two");
    }

    @Test
    void serverId_slash_isError() {
        assertFinding(node(1, n -> n.id("2/")), "server-id-characters", Severity.ERROR, "nodes[1].id", "'2/'",
                "'/'");
    }

    @Test
    void serverId_letters_isWarning() {
        assertFinding(node(1, n -> n.id("b")), "server-id-not-digits", Severity.WARNING, "nodes[1].id", "'b'");
    }

    @Test
    void serverName_empty_isError() {
        assertFinding(node(1, n -> n.name("")), "server-name-empty", Severity.ERROR, "nodes[1].name", "nodes[1]");
    }

    @Test
    void serverName_withSpace_isWarning() {
        assertFinding(node(1, n -> n.name("server 2")), "server-name-invalid", Severity.WARNING, "nodes[1].name",
                "'server 2'");
    }

    @Test
    void address_octetAbove255_isError() {
        assertFinding(node(1, n -> n.address("192.168.100.300")), "node-address-invalid", Severity.ERROR,
                "nodes[1].address", "192.168.100.300");
    }

    @Test
    void address_loopback_isError() {
        assertFinding(node(1, n -> n.address("127.0.0.2")), "node-address-loopback", Severity.ERROR,
                "nodes[1].address", "'127.0.0.2'");
    }

    @Test
    void address_unspecified_isError() {
        assertFinding(node(1, n -> n.address("0.0.0.0")), "node-address-unspecified", Severity.ERROR,
                "nodes[1].address", "'0.0.0.0'");
    }

    @Test
    void address_ipv6AndDnsName_areAccepted() {
        assertNoFinding(node(1, n -> n.address("2001:db8::84")), "node-address-invalid");
        assertNoFinding(node(2, n -> n.address("server3.example.com")), "node-address-invalid");
    }

    @Test
    void platform_linuxWithoutShareMount_isError() {
        assertFinding(node(1, n -> n.platform(Platform.LINUX)), "share-mount-missing", Severity.ERROR,
                "nodes[1].shareMount", "server2");
    }

    @Test
    void platform_relativeShareMount_isError() {
        assertFinding(node(1, n -> n.platform(Platform.LINUX).shareMount("mnt/icewarp")), "share-mount-not-absolute",
                Severity.ERROR, "nodes[1].shareMount", "'mnt/icewarp'");
    }

    @Test
    void platform_odbcOnLinux_isError() {
        Node.Builder linux = Node.builder().from(guide().nodes().get(1)).platform(Platform.LINUX)
                .shareMount("/mnt/icewarp/").databaseAccess(DatabaseAccess.ODBC);

        assertFinding(cluster(c -> c.nodes(List.of(guide().nodes().get(0), linux.build()))), "odbc-on-linux",
                Severity.ERROR, "nodes[1].databaseAccess", "odbc");
    }
}
