package org.lbkit.storage.internal;

import java.util.Optional;

import org.lbkit.model.Cluster;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.model.UncPath;
import org.lbkit.storage.LbStorageException;

/**
 * Computes a node's paths to the shared folders in the node's own form.
 *
 * <pre>
 * platform  share root / mount              folder   path
 * Windows   \\192.168.100.74\icewarp\share\  mail     \\192.168.100.74\icewarp\share\mail\
 * Linux     /mnt/icewarp                     mail     /mnt/icewarp/mail/
 * </pre>
 */
public final class NodePaths {

    private final Cluster cluster;
    private final Node node;

    /**
     * Creates the path computer of one node.
     *
     * @param cluster the cluster
     * @param node the node
     * @throws LbStorageException if the node runs Linux and has no share mount point
     */
    public NodePaths(Cluster cluster, Node node) {
        this.cluster = cluster;
        this.node = node;
        if (node.platform() == Platform.LINUX && node.shareMount().isEmpty()) {
            throw new LbStorageException("node " + node.name() + " runs Linux but has no shareMount; set the folder"
                    + " where the share " + cluster.share().root() + " is mounted, such as /mnt/icewarp/");
        }
    }

    /**
     * Returns a folder under the share root.
     *
     * @param folder the folder name, as in {@link org.lbkit.model.ShareFolders}
     * @return the path with a trailing separator
     */
    public String shared(String folder) {
        if (node.platform() == Platform.WINDOWS) {
            return uncFolder(folder);
        }
        String base = withSlash(node.shareMount().orElseThrow());
        String relative = folder.replace('\\', '/').replaceAll("^/+|/+$", "");
        return base + relative + "/";
    }

    /**
     * Returns a shared folder that the model may also name explicitly, checking that the
     * explicit path names the same folder.
     *
     * @param folder the folder name under the share root
     * @param explicit the path given in the model, if any
     * @param what the setting, for the message
     * @return the path in the node's form
     * @throws LbStorageException if the explicit path names another folder
     */
    public String sharedOrExplicit(String folder, Optional<String> explicit, String what) {
        String derived = shared(folder);
        if (explicit.isEmpty()) {
            return derived;
        }
        String unc = uncFolder(folder);
        boolean same = isUncOf(explicit.get(), unc) || (node.platform() == Platform.LINUX
                && withSlash(explicit.get().replace('\\', '/')).equals(derived));
        if (same) {
            return derived;
        }
        throw new LbStorageException(what + " '" + explicit.get() + "' is not the share's " + folder + " folder "
                + unc + "; every node must use the shared folder, so remove the explicit path or set it to"
                + " that folder");
    }

    private String uncFolder(String folder) {
        return UncPath.parse(cluster.share().root()).resolve(folder).toDirectoryString();
    }

    private static boolean isUncOf(String explicit, String uncDirectory) {
        try {
            return UncPath.parse(explicit).isSameLocation(UncPath.parse(uncDirectory));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Returns a local folder of the node with a trailing separator.
     *
     * @param path the folder as configured
     * @return the folder, ending with {@code \} on Windows or {@code /} on Linux
     */
    public String local(String path) {
        String separator = node.platform() == Platform.WINDOWS ? "\\" : "/";
        return path.endsWith(separator) ? path : path + separator;
    }

    private static String withSlash(String path) {
        return path.endsWith("/") ? path : path + "/";
    }
}
