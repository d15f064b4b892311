package org.lbkit.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lbkit.model.Cluster;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.storage.internal.BalanceCommands;
import org.lbkit.storage.internal.HaproxyConfig;
import org.lbkit.storage.internal.NlbScript;

/**
 * Renders the load-balancer front ends of the guide's last step from the model's services and
 * ports ({@code cluster.loadBalancer().services()}): an HAProxy configuration with a protocol
 * health check per service, the command lines of the {@code balance} TCP proxy, and a Windows
 * NLB PowerShell script. In each, the slaves share the traffic and the master, which also runs
 * the cluster's admin work, is kept as a backup.
 *
 * <p>None of these files contains a secret.
 */
public final class LoadBalancerRenderer {

    /** Folder of the rendered files, relative to the output folder. */
    public static final String FOLDER = "load-balancer";

    private final Cluster cluster;
    private final Node master;

    private LoadBalancerRenderer(Cluster cluster, Node master) {
        this.cluster = cluster;
        this.master = master;
    }

    /**
     * Creates a renderer for a cluster.
     *
     * @param cluster the cluster
     * @return the renderer
     * @throws LbValidationException if the cluster's validation report has errors
     * @throws LbStorageException if the cluster has no slave to balance to
     */
    public static LoadBalancerRenderer of(Cluster cluster) {
        Objects.requireNonNull(cluster, "cluster");
        cluster.validate().orThrow();
        Node master = cluster.master().orElseThrow(() -> new LbValidationException(cluster.validate()));
        if (cluster.slaves().isEmpty()) {
            throw new LbStorageException("cluster " + cluster.name() + " has no slave; the load balancer needs at"
                    + " least one slave because the master only takes traffic as a backup");
        }
        return new LoadBalancerRenderer(cluster, master);
    }

    /**
     * Renders {@code load-balancer/haproxy.cfg}.
     *
     * @return the HAProxy configuration
     * @throws LbStorageException if a node name cannot be an HAProxy server name
     */
    public RenderedFile haproxy() {
        return RenderedFile.plain(FOLDER + "/haproxy.cfg", HaproxyConfig.render(cluster, master));
    }

    /**
     * Renders {@code load-balancer/balance.sh}, a bash script with one {@code balance} command
     * per port.
     *
     * @return the script
     * @throws LbStorageException if a node has an IPv6 address
     */
    public RenderedFile balance() {
        return RenderedFile.builder()
                .from(RenderedFile.plain(FOLDER + "/balance.sh", BalanceCommands.render(cluster, master)))
                .executable(true)
                .build();
    }

    /**
     * Returns the {@code balance} command lines, one per port, as in {@link #balance()}.
     *
     * @return the command lines
     * @throws LbStorageException if a node has an IPv6 address
     */
    public List<String> balanceCommandLines() {
        return BalanceCommands.commandLines(cluster, master);
    }

    /**
     * Renders {@code load-balancer/nlb.ps1}, which creates a Windows NLB cluster of the nodes.
     *
     * @return the script
     * @throws LbStorageException if a node does not run Windows
     */
    public RenderedFile windowsNlb() {
        for (Node node : cluster.nodes()) {
            if (node.platform() != Platform.WINDOWS) {
                throw new LbStorageException("node " + node.name() + " runs " + node.platform()
                        + "; Windows NLB needs every node on Windows, so use HAProxy or balance");
            }
        }
        return RenderedFile.builder()
                .from(RenderedFile.plain(FOLDER + "/nlb.ps1", NlbScript.render(cluster, master)))
                .executable(true)
                .hasByteOrderMark(true)
                .build();
    }

    /**
     * Renders every front end that fits the cluster: HAProxy always, balance unless a node has
     * an IPv6 address, NLB when every node runs Windows.
     *
     * @return the files
     */
    public List<RenderedFile> renderAll() {
        List<RenderedFile> files = new ArrayList<>();
        files.add(haproxy());
        if (cluster.nodes().stream().noneMatch(node -> node.address().indexOf(':') >= 0)) {
            files.add(balance());
        }
        if (cluster.nodes().stream().allMatch(node -> node.platform() == Platform.WINDOWS)) {
            files.add(windowsNlb());
        }
        return files;
    }
}
