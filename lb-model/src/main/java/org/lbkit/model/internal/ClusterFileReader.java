package org.lbkit.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lbkit.model.Archive;
import org.lbkit.model.Cluster;
import org.lbkit.model.LoadBalancer;
import org.lbkit.model.MailService;
import org.lbkit.model.Node;
import org.lbkit.model.Share;
import org.lbkit.model.ShareFolders;

/**
 * Turns the tree of a cluster file into a {@link Cluster}, recording every problem on the way.
 * The keys are those {@code ClusterFileWriter} writes.
 */
public final class ClusterFileReader {

    private static final int MAX_PORT = 65535;

    private ClusterFileReader() {
    }

    /**
     * Reads a cluster.
     *
     * @param root the document's root value
     * @param problems where problems are recorded
     * @return the cluster, or empty when any problem was recorded
     */
    public static Optional<Cluster> cluster(FileNode root, FileProblems problems) {
        Optional<FileMapping> document = FileMapping.of(root, "", problems);
        return document.flatMap(ClusterFileReader::cluster);
    }

    private static Optional<Cluster> cluster(FileMapping cluster) {
        int before = cluster.problems().count();
        Cluster.Builder builder = Cluster.builder();

        cluster.requiredText("name", "the cluster's name").ifPresent(builder::name);
        cluster.requiredMapping("share", "the shared folder and its account")
                .flatMap(ClusterFileReader::share)
                .ifPresent(builder::share);
        cluster.requiredMapping("databases", "the database server and account")
                .flatMap(DatabasesFileReader::databases)
                .ifPresent(builder::databases);
        cluster.require("nodes", "the list of IceWarp servers");
        builder.addAllNodes(nodes(cluster));
        cluster.mapping("archive").flatMap(ClusterFileReader::archive).ifPresent(builder::archive);
        cluster.text("fullTextIndexPath").ifPresent(builder::fullTextIndexPath);
        cluster.mapping("licence").flatMap(NodeFileReader::licence).ifPresent(builder::licence);
        cluster.mapping("loadBalancer").flatMap(ClusterFileReader::loadBalancer).ifPresent(builder::loadBalancer);

        cluster.finish();
        return cluster.build(before, builder::build);
    }

    private static List<Node> nodes(FileMapping cluster) {
        List<Node> nodes = new ArrayList<>();
        cluster.list("nodes", (path, item) -> FileMapping.of(item, path, cluster.problems())
                .flatMap(NodeFileReader::node)
                .ifPresent(nodes::add));
        return nodes;
    }

    private static Optional<Share> share(FileMapping share) {
        int before = share.problems().count();
        Share.Builder builder = Share.builder();

        share.requiredText("root", "the UNC path of the share's root folder, such as \\\\fs01\\icewarp\\share\\")
                .ifPresent(builder::root);
        share.requiredText("user", "the share account's user name").ifPresent(builder::user);
        share.requiredSecret("password", "the share account's password").ifPresent(builder::password);
        share.text("domain").ifPresent(builder::domain);
        share.mapping("folders").flatMap(ClusterFileReader::folders).ifPresent(builder::folders);

        share.finish();
        return share.build(before, builder::build);
    }

    private static Optional<ShareFolders> folders(FileMapping folders) {
        int before = folders.problems().count();
        ShareFolders.Builder builder = ShareFolders.builder();

        folders.text("config").ifPresent(builder::config);
        folders.text("spam").ifPresent(builder::spam);
        folders.text("calendar").ifPresent(builder::calendar);
        folders.text("mail").ifPresent(builder::mail);
        folders.text("fullTextIndex").ifPresent(builder::fullTextIndex);
        folders.text("archives").ifPresent(builder::archives);

        folders.finish();
        return folders.build(before, builder::build);
    }

    private static Optional<Archive> archive(FileMapping archive) {
        int before = archive.problems().count();
        Archive.Builder builder = Archive.builder();

        archive.flag("enabled").ifPresent(builder::enabled);
        archive.text("subFolderPattern").ifPresent(builder::subFolderPattern);
        archive.text("imapFolder").ifPresent(builder::imapFolder);
        archive.text("path").ifPresent(builder::path);

        archive.finish();
        return archive.build(before, builder::build);
    }

    private static Optional<LoadBalancer> loadBalancer(FileMapping balancer) {
        int before = balancer.problems().count();
        LoadBalancer.Builder builder = LoadBalancer.builder();

        balancer.text("name").ifPresent(builder::name);
        balancer.text("address").ifPresent(builder::address);
        balancer.mapping("services").ifPresent(services -> services(services, builder));

        balancer.finish();
        return balancer.build(before, builder::build);
    }

    private static void services(FileMapping services, LoadBalancer.Builder builder) {
        Map<String, MailService> choices = EnumWords.choices(MailService.class);
        services.entries(entry -> {
            String path = services.pathOf(entry.key());
            MailService service = choices.get(Words.normalise(entry.key()));
            if (service == null) {
                services.problems().add(path, entry.line(), entry.column(), "unknown service '" + entry.key()
                        + "'; use one of " + String.join(", ", choices.keySet()));
                return;
            }
            builder.putServices(service, ports(services, path, entry.value()));
        });
    }

    private static List<Integer> ports(FileMapping services, String path, FileNode value) {
        List<Integer> ports = new ArrayList<>();
        if (value.kind() != FileNode.Kind.SEQUENCE) {
            services.problems().add(path, value, FileMapping.wrongKind("a list of ports such as [25, 587]", value));
            return ports;
        }
        if (value.items().isEmpty()) {
            services.problems().add(path, value, "the list of ports is empty; give at least one port,"
                    + " or remove the service so that the balancer does not dispatch it");
            return ports;
        }
        for (int i = 0; i < value.items().size(); i++) {
            services.integer(KeyPaths.item(path, i), value.items().get(i), 1, MAX_PORT).ifPresent(ports::add);
        }
        return ports;
    }
}
