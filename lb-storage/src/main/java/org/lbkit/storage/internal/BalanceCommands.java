package org.lbkit.storage.internal;

import java.util.List;

import org.lbkit.model.Cluster;
import org.lbkit.model.Node;
import org.lbkit.storage.LbStorageException;
import org.lbkit.storage.LineEnding;

/**
 * Renders a bash script that starts the {@code balance} TCP proxy once per dispatched port. In
 * balance's syntax, {@code !} separates channel groups and balance tries a later group only when
 * no channel of the earlier ones accepts the connection; the slaves form the first group and the
 * master the second, so the master takes traffic only when every slave is down.
 */
public final class BalanceCommands {

    private BalanceCommands() {
    }

    /**
     * Renders the script.
     *
     * @param cluster a valid cluster
     * @param master its master
     * @return the script text
     * @throws LbStorageException if a node has an IPv6 address, which balance's {@code host:port}
     *     channels cannot express
     */
    public static String render(Cluster cluster, Node master) {
        TextBuilder text = new TextBuilder(LineEnding.LF)
                .line("#!/usr/bin/env bash",
                        "# Starts the balance TCP proxy for the IceWarp cluster " + Comments.safe(cluster.name())
                                + ", one process per port;",
                        "# rendered by lbkit. The slaves form the first channel group; the master, after '!', gets",
                        "# connections only when no slave accepts them. Each balance process detaches itself.",
                        "set -euo pipefail",
                        "");
        String bind = cluster.loadBalancer().address()
                .map(address -> "-b " + BashQuoting.quote(address, "load balancer address") + " ").orElse("");
        for (ServicePort port : ServicePort.of(cluster.loadBalancer())) {
            StringBuilder command = new StringBuilder("balance ").append(bind).append(port.port());
            for (Node slave : cluster.slaves()) {
                command.append(' ').append(channel(slave, port.port()));
            }
            command.append(" '!' ").append(channel(master, port.port()));
            text.line("# " + port.service() + " " + port.port(), command.toString());
        }
        return text.build();
    }

    /**
     * Returns the balance command of every port, without the script around them.
     *
     * @param cluster a valid cluster
     * @param master its master
     * @return one command line per port
     */
    public static List<String> commandLines(Cluster cluster, Node master) {
        return render(cluster, master).lines().filter(line -> line.startsWith("balance ")).toList();
    }

    private static String channel(Node node, int port) {
        if (node.address().indexOf(':') >= 0) {
            throw new LbStorageException("node " + node.name() + " has the IPv6 address " + node.address()
                    + ", which balance cannot use as a host:port channel; use HAProxy, or give the node an IPv4"
                    + " address or DNS name");
        }
        return BashQuoting.quote(HaproxyConfig.hostPart(node.address()) + ":" + port, "node address");
    }
}
