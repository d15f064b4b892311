package org.lbkit.model.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lbkit.model.Archive;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseServer;
import org.lbkit.model.Licence;
import org.lbkit.model.LoadBalancer;
import org.lbkit.model.Node;
import org.lbkit.model.Secret;
import org.lbkit.model.Share;
import org.lbkit.model.ShareFolders;
import org.lbkit.model.WriteOptions;

/**
 * Turns a {@link Cluster} into the ordered maps and lists that Jackson writes as YAML or JSON,
 * with the keys {@link ClusterFileReader} reads. Values equal to their defaults are left out
 * unless the options ask for them.
 */
public final class ClusterFileWriter {

    private final WriteOptions options;
    private final FileProblems problems = new FileProblems();

    private ClusterFileWriter(WriteOptions options) {
        this.options = options;
    }

    /**
     * Converts a cluster.
     *
     * @param cluster the cluster
     * @param options the write options
     * @param source the target's name for error messages
     * @return the document as nested maps and lists
     * @throws org.lbkit.model.ClusterFileException naming every inline secret the options reject
     */
    public static Map<String, Object> document(Cluster cluster, WriteOptions options, String source) {
        ClusterFileWriter writer = new ClusterFileWriter(options);
        Map<String, Object> document = writer.cluster(cluster);
        writer.problems.throwIfAny(source);
        return document;
    }

    private Map<String, Object> cluster(Cluster cluster) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", cluster.name());
        out.put("share", share(cluster.share()));
        out.put("databases", DatabasesFileWriter.databases(cluster.databases(), this::secret));
        List<Object> nodes = new ArrayList<>();
        for (Node node : cluster.nodes()) {
            nodes.add(node(node));
        }
        out.put("nodes", nodes);
        putUnlessDefault(out, "archive", archive(cluster.archive()), Map.of());
        cluster.fullTextIndexPath().ifPresent(path -> out.put("fullTextIndexPath", path));
        cluster.licence().ifPresent(licence -> out.put("licence", licence(licence)));
        putUnlessDefault(out, "loadBalancer", loadBalancer(cluster.loadBalancer()), Map.of());
        return out;
    }

    private Map<String, Object> share(Share share) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("root", share.root());
        out.put("user", share.user());
        secret(share.password(), "share.password").ifPresent(text -> out.put("password", text));
        share.domain().ifPresent(domain -> out.put("domain", domain));

        Map<String, Object> folders = new LinkedHashMap<>();
        Map<String, String> defaults = ShareFolders.defaults().byKey();
        share.folders().byKey().forEach((key, name) -> putUnlessDefault(folders, key, name, defaults.get(key)));
        putUnlessDefault(out, "folders", folders, Map.of());
        return out;
    }

    private Map<String, Object> node(Node node) {
        Node defaults = Node.builder().id(node.id()).name(node.name()).address(node.address())
                .platform(node.platform()).build();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", node.id());
        out.put("name", node.name());
        out.put("address", node.address());
        putUnlessDefault(out, "master", node.isMaster(), defaults.isMaster());
        out.put("platform", EnumWords.word(node.platform()));
        node.licence().ifPresent(licence -> out.put("licence", licence(licence)));
        putUnlessDefault(out, "installPath", node.installPath(), defaults.installPath());
        putUnlessDefault(out, "tempPath", node.tempPath(), defaults.tempPath());
        putUnlessDefault(out, "logsPath", node.logsPath(), defaults.logsPath());
        putUnlessDefault(out, "databaseAccess", EnumWords.word(node.databaseAccess()),
                EnumWords.word(defaults.databaseAccess()));
        node.shareMount().ifPresent(mount -> out.put("shareMount", mount));
        return out;
    }

    private Map<String, Object> archive(Archive archive) {
        Archive defaults = Archive.defaults();
        Map<String, Object> out = new LinkedHashMap<>();
        putUnlessDefault(out, "enabled", archive.isEnabled(), defaults.isEnabled());
        putUnlessDefault(out, "subFolderPattern", archive.subFolderPattern(), defaults.subFolderPattern());
        putUnlessDefault(out, "imapFolder", archive.imapFolder(), defaults.imapFolder());
        archive.path().ifPresent(path -> out.put("path", path));
        return out;
    }

    private static Map<String, Object> licence(Licence licence) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("modules", new ArrayList<>(licence.modules()));
        out.put("accounts", licence.accounts());
        return out;
    }

    private Map<String, Object> loadBalancer(LoadBalancer balancer) {
        Map<String, Object> out = new LinkedHashMap<>();
        balancer.name().ifPresent(name -> out.put("name", name));
        balancer.address().ifPresent(address -> out.put("address", address));

        if (options.isIncludeDefaults() || !balancer.services().equals(LoadBalancer.defaults().services())) {
            Map<String, Object> services = new LinkedHashMap<>();
            balancer.services().forEach((service, ports) -> services.put(EnumWords.word(service), ports));
            out.put("services", services);
        }
        return out;
    }

    static Map<String, Object> server(DatabaseServer server) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("host", server.host());
        out.put("port", server.port());
        return out;
    }

    private void putUnlessDefault(Map<String, Object> out, String key, Object value, Object defaultValue) {
        if (options.isIncludeDefaults() || !Objects.equals(value, defaultValue)) {
            out.put(key, value);
        }
    }

    /**
     * Returns the text to write for a secret: its reference, or for an inline secret what the
     * options say. Records a problem for an inline secret that is rejected or cannot be written.
     */
    private Optional<String> secret(Secret secret, String path) {
        if (!secret.isInline()) {
            return Optional.of(secret.reference());
        }
        switch (options.inlineSecrets()) {
            case OMIT:
                return Optional.empty();
            case WRITE:
                return inlineText(secret, path);
            default:
                problems.add(path, 0, 0, "the secret is inline and would be written into the file in clear;"
                        + " give it as env:NAME or file:PATH (Secret.fromEnv, Secret.fromFile), or pass"
                        + " WriteOptions with inlineSecrets WRITE or OMIT");
                return Optional.empty();
        }
    }

    private Optional<String> inlineText(Secret secret, String path) {
        String text = secret.reveal();
        if (!Secret.parse(text).equals(secret)) {
            problems.add(path, 0, 0, "the inline secret starts with env: or file: and would be read back as"
                    + " a reference; give it as a reference, or change the password");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Receives a secret and its key path, and returns the text to write. */
    @FunctionalInterface
    interface SecretWriter {

        Optional<String> write(Secret secret, String path);
    }
}
