package org.lbkit.examples.storage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lbkit.model.Cluster;
import org.lbkit.model.ClusterFiles;
import org.lbkit.model.LbException;
import org.lbkit.storage.NodeFiles;
import org.lbkit.storage.NodeSettings;
import org.lbkit.storage.RenderedFile;

/**
 * Example: compute one node's IceWarp settings and write its files (the {@code tool} script, its
 * {@code path.dat}, the service-account script) for review, with every password masked. Use
 * {@link NodeFiles#writeTo(Path)} for the real files, which are written readable by their owner only.
 *
 * <pre>java … org.lbkit.examples.storage.RenderOneNode cluster.yaml 2 out/</pre>
 */
public final class RenderOneNode {

    private RenderOneNode() {
    }

    /**
     * Renders the node with the given server ID.
     *
     * @param args cluster file, server ID, output folder
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: RenderOneNode CLUSTER_FILE SERVER_ID OUTPUT_DIR");
            System.exit(2);
        }
        run(ClusterFiles.read(Path.of(args[0])), args[1], Path.of(args[2]), System.out);
    }

    /**
     * Prints the node's settings and writes its redacted files under the output folder.
     *
     * @param cluster the cluster
     * @param nodeId the node's server ID
     * @param output the output folder
     * @param out where to print
     * @return the node's settings
     */
    public static NodeSettings run(Cluster cluster, String nodeId, Path output, PrintStream out) {
        NodeSettings settings = NodeSettings.of(cluster, nodeId);
        out.println(settings.nodeName() + (settings.isMaster() ? " (master)" : " (slave)"));
        settings.apiVariables().forEach(variable -> out.println("  " + variable));

        String folder = settings.nodeName() + "/";
        for (RenderedFile file : NodeFiles.render(cluster).redacted().files()) {
            if (file.path().startsWith(folder)) {
                write(output.resolve(file.path()), file);
                out.println("  wrote " + output.resolve(file.path()));
            }
        }
        return settings;
    }

    private static void write(Path target, RenderedFile file) {
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        } catch (IOException e) {
            throw new LbException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
