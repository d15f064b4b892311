package org.lbkit.storage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.lbkit.model.Cluster;
import org.lbkit.model.MailService;
import org.lbkit.model.Node;
import org.lbkit.storage.LbStorageException;
import org.lbkit.storage.LineEnding;

/**
 * Renders an HAProxy configuration: one TCP frontend and backend per dispatched port, the
 * slaves balanced by least connections, the master a backup server that takes traffic only when
 * every slave fails its check. Each backend checks the protocol, not just the TCP port: the SMTP
 * greeting {@code 220}, the POP3 {@code +OK}, the IMAP {@code * OK}, the XMPP stream header or an
 * HTTP status below 400. Checks of implicit-TLS ports run over TLS without verifying the
 * certificate, because the balancer passes TLS through and never trusts the node's certificate
 * for client traffic.
 */
public final class HaproxyConfig {

    private static final Pattern SERVER_NAME = Pattern.compile("[A-Za-z0-9._:-]+");

    private final Cluster cluster;
    private final TextBuilder text = new TextBuilder(LineEnding.LF);

    private HaproxyConfig(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Renders the configuration.
     *
     * @param cluster a valid cluster with one master
     * @param master the master node
     * @return the configuration text
     * @throws LbStorageException if a node name cannot be an HAProxy server name
     */
    public static String render(Cluster cluster, Node master) {
        return new HaproxyConfig(cluster).build(master);
    }

    private String build(Node master) {
        header(master);
        for (ServicePort port : ServicePort.of(cluster.loadBalancer())) {
            frontend(port);
            backend(port, master);
        }
        return text.build();
    }

    private void header(Node master) {
        text.line("# HAProxy configuration for the IceWarp cluster " + Comments.safe(cluster.name())
                        + ", rendered by lbkit.",
                "# The slaves share the traffic; the master " + serverName(master) + " runs the cluster's admin work",
                "# and takes traffic only when every slave fails its health check (\"backup\").",
                "# Check it with: haproxy -c -f haproxy.cfg")
                .blank()
                .line("global", "    log stdout format raw local0", "    maxconn 20000")
                .blank()
                .line("defaults",
                        "    mode tcp",
                        "    log global",
                        "    option tcplog",
                        "    option dontlognull",
                        "    option redispatch",
                        "    retries 2",
                        "    timeout connect 5s",
                        "    timeout check 5s",
                        // IMAP IDLE and ActiveSync hold connections open for up to about 30 minutes.
                        "    timeout client 35m",
                        "    timeout server 35m",
                        "    default-server inter 10s fall 3 rise 2 init-addr last,libc,none");
    }

    private void frontend(ServicePort port) {
        String address = cluster.loadBalancer().address().map(HaproxyConfig::hostPart).orElse("");
        text.blank()
                .line("frontend " + port.name(),
                        "    bind " + address + ":" + port.port(),
                        "    default_backend " + port.name());
    }

    private void backend(ServicePort port, Node master) {
        text.blank().line("backend " + port.name(), "    balance leastconn");
        text.line(healthCheck(port).toArray(new String[0]));
        String tls = port.isImplicitTls() && port.service() == MailService.HTTP ? " check-ssl verify none"
                : port.isImplicitTls() ? " verify none" : "";
        for (Node node : cluster.slaves()) {
            text.line("    server " + serverName(node) + " " + hostPart(node.address()) + ":" + port.port()
                    + " check" + tls);
        }
        text.line("    server " + serverName(master) + " " + hostPart(master.address()) + ":" + port.port()
                + " check" + tls + " backup");
    }

    private List<String> healthCheck(ServicePort port) {
        List<String> lines = new ArrayList<>();
        if (port.service() == MailService.HTTP) {
            String host = balancerName();
            lines.add("    option httpchk");
            lines.add("    http-check send meth GET uri / ver HTTP/1.1 hdr Host " + host);
            lines.add("    http-check expect status 200-399");
            return lines;
        }
        lines.add("    option tcp-check");
        if (port.isImplicitTls()) {
            lines.add("    tcp-check connect ssl");
        }
        switch (port.service()) {
            case SMTP:
                lines.add("    tcp-check expect rstring ^220");
                lines.add("    tcp-check send \"QUIT\\r\\n\"");
                break;
            case POP3:
                lines.add("    tcp-check expect string \"+OK\"");
                lines.add("    tcp-check send \"QUIT\\r\\n\"");
                break;
            case IMAP:
                lines.add("    tcp-check expect string \"* OK\"");
                lines.add("    tcp-check send \"a1 LOGOUT\\r\\n\"");
                break;
            default:
                lines.add("    tcp-check send \"" + xmppStreamHeader() + "\"");
                lines.add("    tcp-check expect string \"<stream:stream\"");
                break;
        }
        return lines;
    }

    // A server responds to any stream header with its own header, even when it then reports an
    // unknown domain, so the check does not depend on the domain name.
    private String xmppStreamHeader() {
        String domain = balancerName();
        return "<?xml version='1.0'?><stream:stream to='" + domain + "' xmlns='jabber:client'"
                + " xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";
    }

    private String balancerName() {
        String name = cluster.loadBalancer().name().orElse("localhost");
        checkAddress(name);
        return name;
    }

    private static String serverName(Node node) {
        if (!SERVER_NAME.matcher(node.name()).matches()) {
            throw new LbStorageException("node name '" + node.name() + "' cannot be an HAProxy server name, which"
                    + " allows only letters, digits and . _ : -; rename the node");
        }
        return node.name();
    }

    /**
     * Returns an address as HAProxy and balance expect it before {@code :port}: IPv6 in brackets.
     *
     * @param address the address
     * @return the host part
     * @throws LbStorageException if the address contains characters no address has
     */
    public static String hostPart(String address) {
        checkAddress(address);
        return address.indexOf(':') >= 0 ? "[" + address + "]" : address;
    }

    private static void checkAddress(String address) {
        if (address.isEmpty() || !address.matches("[A-Za-z0-9._:%-]+")) {
            throw new LbStorageException("address '" + address + "' is not an IPv4 address, IPv6 address or"
                    + " DNS name; fix it in the cluster model");
        }
    }
}
