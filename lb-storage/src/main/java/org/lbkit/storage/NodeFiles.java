package org.lbkit.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lbkit.model.Cluster;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Node;
import org.lbkit.model.Platform;
import org.lbkit.storage.internal.FileWriter;
import org.lbkit.storage.internal.NodeFolder;
import org.lbkit.storage.internal.NodeReadme;
import org.lbkit.storage.internal.SettingsJson;

/**
 * Every file the guide's per-node steps need, for every node of a cluster, plus the load-balancer
 * front ends. Each node gets a folder named after its server name:
 *
 * <pre>
 * server1/README.txt            the order in which to run the files (no secret)
 * server1/settings.json         the node's settings with secrets masked (no secret)
 * server1/path.dat              the node's path.dat (Windows: contains the share password)
 * server1/service-account.ps1   Windows only (contains the share password)
 * server1/tool.ps1 or tool.sh   applies the settings (contains passwords)
 * load-balancer/haproxy.cfg, balance.sh, nlb.ps1
 * </pre>
 */
public final class NodeFiles {

    private final Map<String, NodeSettings> settings;
    private final List<RenderedFile> files;

    private NodeFiles(Map<String, NodeSettings> settings, List<RenderedFile> files) {
        this.settings = settings;
        this.files = List.copyOf(files);
    }

    /**
     * Renders the files of every node, each {@code path.dat} written from scratch (lines the
     * settings do not fix left empty, which IceWarp reads as its defaults).
     *
     * @param cluster the cluster
     * @return the files
     * @throws LbValidationException if the cluster's validation report has errors
     * @throws LbStorageException if a value cannot be written where IceWarp keeps it
     */
    public static NodeFiles render(Cluster cluster) {
        return render(cluster, Map.of());
    }

    /**
     * Renders the files of every node, merging each node's lines into its current
     * {@code path.dat} where one is given, so that queue, licence and other lines stay.
     *
     * @param cluster the cluster
     * @param existingPathDats the nodes' current files by server ID; nodes without one get a new
     *     file
     * @return the files
     * @throws LbValidationException if the cluster's validation report has errors, or a key is
     *     not a server ID of the cluster
     * @throws LbStorageException if a value cannot be written where IceWarp keeps it
     */
    public static NodeFiles render(Cluster cluster, Map<String, PathDat> existingPathDats) {
        Objects.requireNonNull(cluster, "cluster");
        existingPathDats.keySet().forEach(cluster::node);
        Map<String, NodeSettings> settings = new LinkedHashMap<>();
        List<RenderedFile> files = new ArrayList<>();
        for (Node node : cluster.nodes()) {
            NodeSettings nodeSettings = NodeSettings.of(cluster, node.id());
            settings.put(node.id(), nodeSettings);
            files.addAll(nodeFiles(cluster, node, nodeSettings, Optional.ofNullable(existingPathDats.get(node.id()))));
        }
        files.addAll(LoadBalancerRenderer.of(cluster).renderAll());
        return new NodeFiles(settings, files);
    }

    private static List<RenderedFile> nodeFiles(Cluster cluster, Node node, NodeSettings settings,
            Optional<PathDat> existing) {
        String folder = NodeFolder.of(node.name());
        List<RenderedFile> files = new ArrayList<>();
        files.add(RenderedFile.plain(folder + "/README.txt", NodeReadme.render(cluster, settings)));
        files.add(RenderedFile.plain(folder + "/settings.json", SettingsJson.write(settings)));
        files.add(pathDat(folder, settings, existing));
        if (node.platform() == Platform.WINDOWS) {
            files.add(ServiceAccountScriptRenderer.render(cluster, node.id()));
        }
        files.add(ToolScriptRenderer.render(settings));
        return files;
    }

    private static RenderedFile pathDat(String folder, NodeSettings settings, Optional<PathDat> existing) {
        PathDat base = existing.orElseGet(() -> PathDat.empty(settings.lineEnding()));
        String content = settings.applyTo(base).format();
        PathDat redacted = base;
        boolean secret = false;
        for (PathDatChange change : settings.pathDatChanges()) {
            redacted = redacted.with(change.line(), change.redactedValue());
            secret |= change.isSecret();
        }
        return RenderedFile.builder()
                .path(folder + "/path.dat")
                .content(content)
                .redactedContent(redacted.format())
                .containsSecrets(secret)
                .build();
    }

    /**
     * Returns every file: each node's in node order, then the load balancer's.
     *
     * @return the files
     */
    public List<RenderedFile> files() {
        return files;
    }

    /**
     * Returns one file by its relative path.
     *
     * @param path the path, such as {@code server1/tool.ps1}
     * @return the file, if rendered
     */
    public Optional<RenderedFile> file(String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst();
    }

    /**
     * Returns the settings the files were rendered from.
     *
     * @return the settings by server ID, in node order
     */
    public Map<String, NodeSettings> settings() {
        return settings;
    }

    /**
     * Returns the same files with every secret masked, for review.
     *
     * @return the redacted files
     */
    public NodeFiles redacted() {
        List<RenderedFile> redacted = new ArrayList<>();
        files.forEach(file -> redacted.add(file.redacted()));
        return new NodeFiles(settings, redacted);
    }

    /**
     * Writes every file under a folder, creating it and its sub-folders as needed. Each file is
     * written to a temporary file beside its target and then renamed over it, so that a reader
     * never sees half a file. Files that contain secrets are readable and writable by their
     * owner only from the moment they are created (POSIX permissions {@code rw-------}, or an
     * owner-only ACL on Windows); scripts also get the execute permission.
     *
     * @param folder the output folder
     * @return the written files, in {@link #files()} order
     * @throws LbStorageException if a file cannot be written
     */
    public List<Path> writeTo(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return FileWriter.writeAll(folder, files);
    }

    /** Returns the node and file counts; never any content. */
    @Override
    public String toString() {
        return "NodeFiles[" + settings.size() + " nodes, " + files.size() + " files]";
    }
}
