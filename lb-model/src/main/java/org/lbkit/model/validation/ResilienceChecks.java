package org.lbkit.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lbkit.model.Cluster;
import org.lbkit.model.Finding;
import org.lbkit.model.LoadBalancer;
import org.lbkit.model.MailService;
import org.lbkit.model.Node;
import org.lbkit.model.Severity;
import org.lbkit.model.internal.Characters;
import org.lbkit.model.internal.KeyPaths;

/**
 * Reports the single points of failure the guide's design keeps, as INFO with what removes each,
 * and checks the load balancer's name, address and ports.
 */
final class ResilienceChecks {

    private ResilienceChecks() {
    }

    static List<ClusterCheck> all() {
        return List.of(ResilienceChecks::singlePointsOfFailure, ResilienceChecks::balancerAddress,
                ResilienceChecks::balancerPorts);
    }

    private static List<Finding> singlePointsOfFailure(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        if (cluster.databases().backup().isEmpty()) {
            findings.add(Finding.of("spof-database", Severity.INFO, "databases.server", "every node depends on the"
                    + " one database server " + cluster.databases().server() + "; when it stops, the cluster stops",
                    "set databases.backup to a replica: IceWarp then gives every database a backup connection"));
        }
        findings.add(Finding.of("spof-share", Severity.INFO, "share.root", "every node depends on the one share "
                + Characters.quote(cluster.share().root()) + "; when its file server stops, the cluster stops",
                "serve the share from a clustered file server or a DFS namespace with replicated targets"));
        findings.add(Finding.of("spof-load-balancer", Severity.INFO, "loadBalancer", "clients reach the nodes only"
                + " through the one load balancer" + cluster.loadBalancer().name().map(n -> " " + n).orElse(""),
                "run a redundant pair of balancers sharing a virtual address, such as HAProxy with keepalived"));
        return findings;
    }

    private static List<Finding> balancerAddress(Cluster cluster) {
        LoadBalancer balancer = cluster.loadBalancer();
        List<Finding> findings = new ArrayList<>();
        balancer.name().flatMap(Hosts::problem).ifPresent(problem -> findings.add(Finding.of(
                "load-balancer-name-invalid", Severity.ERROR, "loadBalancer.name", "the load balancer's name is"
                        + " not a DNS name: " + problem, "write the DNS name clients use, such as mail.example.com")));
        balancer.address().ifPresent(address -> {
            if (Hosts.problem(address).isPresent()) {
                findings.add(Finding.of("load-balancer-address-invalid", Severity.ERROR, "loadBalancer.address",
                        "the load balancer's address is not an IPv4 or IPv6 address or DNS name: "
                                + Hosts.problem(address).get(), "write the address clients connect to"));
                return;
            }
            for (int i = 0; i < cluster.nodes().size(); i++) {
                Node node = cluster.nodes().get(i);
                if (Hosts.key(node.address()).equals(Hosts.key(address))) {
                    findings.add(Finding.of("load-balancer-on-node", Severity.WARNING, "loadBalancer.address",
                            "the load balancer's address " + Characters.quote(address) + " is the address of "
                                    + NodePaths.label(i, node) + "; clients would bypass the balancer",
                            "give the balancer its own address, which clients use instead of the nodes'"));
                }
            }
        });
        return findings;
    }

    private static List<Finding> balancerPorts(Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        Map<Integer, MailService> owners = new HashMap<>();
        cluster.loadBalancer().services().forEach((service, ports) -> {
            for (int port : ports) {
                MailService owner = owners.putIfAbsent(port, service);
                if (owner != null && owner != service) {
                    findings.add(Finding.of("load-balancer-port-conflict", Severity.ERROR,
                            KeyPaths.child("loadBalancer.services", service.name().toLowerCase(Locale.ROOT)),
                            "port " + port + " is listed for both " + owner + " and " + service + "; the balancer"
                                    + " can dispatch a port to one service only", "remove port " + port
                                    + " from one of them"));
                }
            }
        });
        return findings;
    }
}
