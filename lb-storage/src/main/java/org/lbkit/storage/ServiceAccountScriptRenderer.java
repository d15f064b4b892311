package org.lbkit.storage;

import java.util.Objects;

import org.lbkit.model.Cluster;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.storage.internal.NodeFolder;
import org.lbkit.storage.internal.ServiceAccountScript;

/**
 * Renders the PowerShell script of the guide's service-account step for a Windows node: the
 * local account with the share account's name and password is created if missing (a domain
 * share account is used as it is), joins the local Administrators group, receives the right to
 * log on as a service, and becomes the logon account of the IceWarp services: control
 * ({@code IceWarpControl}), SMTP ({@code IceWarpSMTP}), POP3/IMAP ({@code IceWarpPOP3}), IM
 * ({@code IceWarpIM}), groupware ({@code IceWarpCalendar}), the Yoda full-text and file-scanner
 * services ({@code yoda}, {@code yoda-scan}) and the Kaspersky anti-virus service when one is
 * installed. The services then restart.
 *
 * @implNote The service names come from IceWarp DevOps' public scripts. No IceWarp document names
 *     the anti-virus service, so the script finds it by its display name.
 */
public final class ServiceAccountScriptRenderer {

    private ServiceAccountScriptRenderer() {
    }

    /**
     * Renders {@code <node name>/service-account.ps1}.
     *
     * @param cluster the cluster
     * @param nodeId the server ID of a Windows node
     * @return the script; it contains the share password
     * @throws LbValidationException if the cluster's validation report has errors or no node has
     *     the ID
     * @throws LbStorageException if the node does not run Windows or a value cannot be written
     *     into the script
     */
    public static RenderedFile render(Cluster cluster, String nodeId) {
        Objects.requireNonNull(cluster, "cluster");
        cluster.validate().orThrow();
        Node node = cluster.node(nodeId);
        if (node.platform() != Platform.WINDOWS) {
            throw new LbStorageException("node " + node.name() + " runs " + node.platform()
                    + "; the service-account script is for Windows nodes, whose services need the share account");
        }
        return RenderedFile.builder()
                .path(NodeFolder.of(node.name()) + "/service-account.ps1")
                .content(ServiceAccountScript.render(cluster, node, false))
                .redactedContent(ServiceAccountScript.render(cluster, node, true))
                .containsSecrets(true)
                .executable(true)
                .hasByteOrderMark(true)
                .build();
    }
}
