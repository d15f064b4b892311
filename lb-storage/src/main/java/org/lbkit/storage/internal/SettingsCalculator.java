package org.lbkit.storage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.lbkit.model.Archive;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseAccess;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.RemoteConnection;
import org.lbkit.model.Secret;
import org.lbkit.model.ShareFolders;
import org.lbkit.storage.ApiVariable;
import org.lbkit.storage.LbStorageException;
import org.lbkit.storage.LineEnding;
import org.lbkit.storage.NodeSettings;
import org.lbkit.storage.PathDat;
import org.lbkit.storage.PathDatChange;
import org.lbkit.storage.PathDatLine;
import org.lbkit.storage.RenderedFile;

/**
 * Computes {@link NodeSettings}: the guide's storage, full-text, archive and load-balancing
 * screens, and the seven database connections, mapped to IceWarp's API variables and
 * {@code path.dat} lines. Variable names come from IceWarp's API constants file
 * ({@code apiconst.pas}).
 */
public final class SettingsCalculator {

    private final Cluster cluster;
    private final Node node;
    private final NodePaths paths;
    private final List<String> notes = new ArrayList<>();

    private SettingsCalculator(Cluster cluster, Node node) {
        this.cluster = cluster;
        this.node = node;
        this.paths = new NodePaths(cluster, node);
    }

    /**
     * Computes a node's settings.
     *
     * @param cluster a valid cluster
     * @param node one of its nodes
     * @return the settings
     */
    public static NodeSettings calculate(Cluster cluster, Node node) {
        return new SettingsCalculator(cluster, node).build();
    }

    private NodeSettings build() {
        ShareFolders folders = cluster.share().folders();
        NodeSettings.Builder settings = NodeSettings.builder()
                .clusterName(cluster.name())
                .nodeId(node.id())
                .nodeName(node.name())
                .platform(node.platform())
                .master(node.isMaster())
                .databaseAccess(node.databaseAccess())
                .installPath(paths.local(node.installPath()))
                .configPath(paths.shared(folders.config()))
                .spamPath(paths.shared(folders.spam()))
                .groupwarePath(paths.shared(folders.calendar()))
                .mailPath(paths.shared(folders.mail()))
                .archivePath(paths.sharedOrExplicit(folders.archives(), cluster.archive().path(), "archive path"))
                .fullTextIndexPath(paths.sharedOrExplicit(folders.fullTextIndex(), cluster.fullTextIndexPath(),
                        "full-text index path"))
                .tempPath(paths.local(node.tempPath()))
                .logsPath(paths.local(node.logsPath()));
        NodeSettings draft = settings.build();

        List<PathDatChange> changes = pathDatChanges(draft);
        checkPathDatValues(changes);
        settings.apiVariables(variables(draft))
                .pathDatChanges(changes)
                .tableCreations(DatabaseSettings.tableCreations(cluster, node))
                .odbcDsns(DatabaseSettings.odbcDsns(cluster, node));
        notes.addAll(DatabaseSettings.notes(cluster, node));
        return settings.notes(notes).build();
    }

    private List<ApiVariable> variables(NodeSettings draft) {
        List<ApiVariable> variables = new ArrayList<>();
        variables.add(ApiVariable.of("C_System_Storage_Dir_MailPath", draft.mailPath(),
                "Storage > Directories > Mail: the share's mail folder"));
        variables.add(ApiVariable.of("C_System_Storage_Dir_TempPath", draft.tempPath(),
                "Storage > Directories > Temp: the node's local temp folder (node.tempPath)"));
        variables.add(ApiVariable.of("C_System_Storage_Dir_LogPath", draft.logsPath(),
                "Storage > Directories > Logs: the node's local logs folder (node.logsPath)"));
        variables.addAll(archiveVariables(draft));
        variables.add(ApiVariable.of("C_System_Services_Fulltext_Database_Path", draft.fullTextIndexPath(),
                "Full-text search > index folder: the share's full-text index folder"));
        variables.add(ApiVariable.of("C_System_Storage_LB_ServerID", node.id(),
                "Load balancing > Server ID: node.id"));
        variables.add(ApiVariable.of("C_System_Storage_LB_AutoCheckConfig", "1",
                "Load balancing > check automatically if the configuration changed: on for every node"));
        variables.add(ApiVariable.of("C_System_Storage_Accounts_StorageMode", "2",
                "Storage > Accounts: database storage (2), required for shared accounts"));
        variables.addAll(DatabaseSettings.variables(cluster, node));
        return variables;
    }

    private List<ApiVariable> archiveVariables(NodeSettings draft) {
        Archive archive = cluster.archive();
        List<ApiVariable> variables = new ArrayList<>();
        variables.add(ApiVariable.of("C_System_Tools_AutoArchive_Path", draft.archivePath(),
                "Storage > Directories > Archive and Email > Archive > folder: the share's archive folder"));
        variables.add(ApiVariable.of("C_System_Tools_AutoArchive_Enable", archive.isEnabled() ? "1" : "0",
                "Email > Archive > enabled: archive.enabled"));
        variables.add(ApiVariable.of("C_System_Tools_AutoArchive_TrailerPath", archive.subFolderPattern(),
                "Email > Archive > sub-folder pattern: archive.subFolderPattern"));
        if (archive.isEnabled()) {
            // NOTE: no API variable for the IMAP archive folder is known in IceWarp's constants files.
            notes.add("Set the IMAP archive folder to '" + archive.imapFolder() + "' in Email > Archive;"
                    + " no API variable for it is known.");
        }
        return variables;
    }

    private List<PathDatChange> pathDatChanges(NodeSettings draft) {
        Node master = cluster.master().orElseThrow();
        String slaves = cluster.slaves().stream().map(Node::address).collect(Collectors.joining(";"));
        List<PathDatChange> changes = new ArrayList<>();
        changes.add(PathDatChange.of(PathDatLine.CONFIG_PATH, draft.configPath(),
                "Load balancing > Config path: the share's config folder"));
        changes.add(PathDatChange.of(PathDatLine.SERVER_ID, node.id(), "Load balancing > Server ID: node.id"));
        changes.add(remoteConnection());
        changes.add(PathDatChange.of(PathDatLine.SPAM_PATH, draft.spamPath(),
                "Load balancing > Anti-Spam path: the share's spam folder"));
        changes.add(PathDatChange.of(PathDatLine.GROUPWARE_PATH, draft.groupwarePath(),
                "Load balancing > GroupWare path: the share's calendar folder"));
        changes.add(PathDatChange.of(PathDatLine.IP_BINDING, "",
                "Load balancing > IP address: all available (empty)"));
        changes.add(PathDatChange.of(PathDatLine.HOST_NAME, node.name(),
                "Load balancing > Server name: node.name"));
        changes.add(PathDatChange.of(PathDatLine.SLAVE_FLAG, node.isMaster() ? "0" : "1",
                "Load balancing > this server is master: 0 on the master, 1 on slaves"));
        changes.add(PathDatChange.of(PathDatLine.MASTER_HOST, master.address(),
                "Load balancing > master address: the master node's address"));
        changes.add(PathDatChange.of(PathDatLine.SLAVE_HOSTS, slaves,
                "Load balancing > slave addresses: the slaves' addresses joined by ';'"));
        return changes;
    }

    // Fails now, naming the line, rather than when a renderer writes the file.
    private void checkPathDatValues(List<PathDatChange> changes) {
        PathDat check = PathDat.empty(LineEnding.LF);
        for (PathDatChange change : changes) {
            check = check.with(change.line(), change.value());
        }
        for (Node other : cluster.nodes()) {
            if (other.address().isBlank() || other.address().indexOf(';') >= 0) {
                throw new LbStorageException("address '" + other.address() + "' of node " + other.name()
                        + " cannot be written to path.dat, where addresses are separated by ';'; fix the address");
            }
        }
    }

    private PathDatChange remoteConnection() {
        if (node.platform() == Platform.LINUX) {
            return PathDatChange.of(PathDatLine.REMOTE_CONNECTION, "",
                    "Load balancing > remote connection: empty, because a Linux node reaches the share through its"
                            + " mount point");
        }
        RemoteConnection real = RemoteConnection.forCluster(cluster);
        List<RemoteConnection.Entry> masked = real.entries().stream()
                .map(entry -> RemoteConnection.Entry.of(entry.path(), entry.user(), Secret.of(RenderedFile.MASK)))
                .collect(Collectors.toList());
        return PathDatChange.builder()
                .line(PathDatLine.REMOTE_CONNECTION)
                .value(real.format())
                .redactedValue(RemoteConnection.of(masked).format())
                .secret(true)
                .source("Load balancing > remote connection: one entry per shared folder with the share account")
                .build();
    }

    /**
     * Returns whether the node reaches MySQL through ODBC.
     *
     * @param node the node
     * @return {@code true} for ODBC access
     */
    static boolean usesOdbc(Node node) {
        return node.databaseAccess() == DatabaseAccess.ODBC;
    }
}
