package org.lbkit.model.validation;

import static org.lbkit.model.validation.Fixtures.assertFinding;
import static org.lbkit.model.validation.Fixtures.cluster;
import static org.lbkit.model.validation.Fixtures.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lbkit.model.Cluster;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;

final class UniquenessChecksTest {

    private static Cluster twoNodes(String firstAddress, String secondAddress) {
        return cluster(c -> c.nodes(List.of(Node.master("1", "server1", firstAddress),
                Node.slave("2", "server2", secondAddress))));
    }

    @Test
    void serverId_sameAsFirstNode_isError() {
        assertFinding(node(2, n -> n.id("1")), "unique-server-id", Severity.ERROR, "nodes[2].id", "'1'", "server1");
    }

    @Test
    void serverId_differingInCase_isError() {
        assertFinding(cluster(c -> c.nodes(List.of(Node.master("a", "server1", "192.168.100.83"),
                        Node.slave("A", "server2", "192.168.100.84")))),
                "unique-server-id", Severity.ERROR, "nodes[1].id", "'A'", "'a'");
    }

    @Test
    void serverName_differingInCase_isError() {
        assertFinding(node(1, n -> n.name("SERVER1")), "unique-server-name", Severity.ERROR, "nodes[1].name",
                "'SERVER1'", "'server1'");
    }

    @Test
    void address_sameIpv6InOtherForm_isError() {
        assertFinding(twoNodes("2001:db8::83", "2001:DB8:0:0::83"), "unique-address", Severity.ERROR,
                "nodes[1].address", "'2001:DB8:0:0::83'", "'2001:db8::83'");
    }

    @Test
    void address_ipv4MappedIpv6_isError() {
        assertFinding(node(1, n -> n.address("::ffff:192.168.100.83")), "unique-address", Severity.ERROR,
                "nodes[1].address", "'::ffff:192.168.100.83'", "server1");
    }

    @Test
    void address_dnsNameDifferingInCase_isError() {
        assertFinding(twoNodes("mx1.example.com", "MX1.Example.com"), "unique-address", Severity.ERROR,
                "nodes[1].address", "'MX1.Example.com'");
    }
}
