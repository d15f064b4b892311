package org.lbkit.storage.internal;

import org.lbkit.model.Cluster;
import org.lbkit.model.Node;
import org.lbkit.storage.LineEnding;

/**
 * Renders a PowerShell script that builds a Windows Network Load Balancing cluster of the
 * nodes: one port rule per dispatched port in "multiple hosts" mode with single affinity, and
 * the master's load weight set to 0.
 *
 * <p>NLB has no backup-only host in multiple-host mode: Microsoft documents a load weight of 0
 * as "prevent a host from handling any network traffic". The script therefore keeps the master
 * out of rotation and prints the command that brings it in when the slaves are down.
 */
public final class NlbScript {

    private NlbScript() {
    }

    /**
     * Renders the script, meant to run on the first slave.
     *
     * @param cluster a valid cluster whose nodes all run Windows
     * @param master its master
     * @return the script text
     */
    public static String render(Cluster cluster, Node master) {
        Node first = cluster.slaves().get(0);
        TextBuilder text = new TextBuilder(LineEnding.CRLF);
        header(text, cluster, first);
        text.line("Import-Module NetworkLoadBalancingClusters",
                "New-NlbCluster -InterfaceName $InterfaceName -ClusterPrimaryIP $ClusterIp -SubnetMask $SubnetMask `",
                "    -ClusterName " + quote(clusterName(cluster)) + " -OperationMode Multicast | Out-Null",
                "# Replace the default rule (all ports, equal load) with one rule per mail port.",
                "Get-NlbClusterPortRule | Remove-NlbClusterPortRule -Force",
                "");
        for (Node node : cluster.nodes()) {
            if (node != first) {
                text.line("Get-NlbCluster | Add-NlbClusterNode -NewNodeName " + quote(node.address())
                        + " -NewNodeInterface $InterfaceName | Out-Null  # " + Comments.safe(node.name()));
            }
        }
        text.blank();
        for (ServicePort port : ServicePort.of(cluster.loadBalancer())) {
            text.line("Add-NlbClusterPortRule -InterfaceName $InterfaceName -IP $ClusterIp -Protocol Tcp -StartPort "
                    + port.port() + " -EndPort " + port.port() + " -Mode Multiple -Affinity Single | Out-Null  # "
                    + port.service());
            text.line("Set-NlbClusterPortRuleNodeWeight -Port " + port.port() + " -IP $ClusterIp -InterfaceName"
                    + " $InterfaceName -HostName " + quote(master.address()) + " -LoadWeight 0 | Out-Null");
        }
        text.blank().line("Write-Host ('NLB cluster ' + $ClusterIp + ' created; master ' + " + quote(master.name())
                        + " + ' has load weight 0 on every rule.')",
                "Write-Host 'To send traffic to the master while the slaves are down, run for each port:'",
                "Write-Host ('  Set-NlbClusterPortRuleNodeWeight -Port <port> -IP <cluster IP> -InterfaceName"
                        + " <interface> -HostName ' + " + quote(master.address()) + " + ' -Equal')");
        return text.build();
    }

    private static void header(TextBuilder text, Cluster cluster, Node first) {
        String ip = cluster.loadBalancer().address().map(NlbScript::quote).orElse(null);
        text.line("# Creates a Windows NLB cluster for the IceWarp cluster " + Comments.safe(cluster.name())
                        + "; rendered by lbkit.",
                "# Run it as administrator on " + Comments.safe(first.name() + " (" + first.address() + ")")
                        + " after installing the",
                "# NLB feature on every node (Install-WindowsFeature NLB -IncludeManagementTools).",
                "#Requires -RunAsAdministrator",
                "param(",
                "    [Parameter(Mandatory = $true)] [string] $InterfaceName,",
                ip == null ? "    [Parameter(Mandatory = $true)] [string] $ClusterIp,"
                        : "    [string] $ClusterIp = " + ip + ",",
                "    [string] $SubnetMask = '255.255.255.0'",
                ")",
                "$ErrorActionPreference = 'Stop'",
                "");
    }

    private static String clusterName(Cluster cluster) {
        return cluster.loadBalancer().name().orElse(cluster.name());
    }

    private static String quote(String value) {
        return PowerShellQuoting.quote(value, "NLB setting");
    }
}
