package org.lbkit.share;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.lbkit.model.Secret;
import org.lbkit.model.Share;
import org.lbkit.model.UncPath;
import org.lbkit.share.internal.JcifsTree;
import org.lbkit.share.internal.SmbSettings;
import org.lbkit.share.internal.TreePaths;

/**
 * A folder tree on an SMB share, reached with jcifs-ng:
 *
 * <pre>
 * try (SmbTree share = SmbTree.builder()
 *         .host("fs01.example.com")
 *         .share("icewarp")
 *         .path("share")
 *         .user("IceWarp")
 *         .password(Secret.fromEnv("IW_SHARE_PASSWORD"))
 *         .build()) {
 *     share.list("").forEach(System.out::println);
 * }
 * </pre>
 *
 * <p>Defaults that work against real servers: dialects SMB 2.0.2 to 3.1.1 (never SMB1), host
 * names resolved by DNS only, DFS off, a 10-second connect timeout and a 30-second response
 * timeout. The password is passed to the NTLM authenticator and never put into a URL, a message
 * or {@link #toString()}. The connection is made on first use; {@link #close()} releases it.
 *
 * <p>jcifs-ng 2.1 does not implement SMB3 encryption. A share that requires it fails with
 * {@link ShareFailure#ENCRYPTION_REQUIRED}.
 */
public final class SmbTree implements FileTree {

    private final SmbSettings settings;
    private final JcifsTree tree;

    private SmbTree(SmbSettings settings, int connections) {
        this.settings = settings;
        this.tree = JcifsTree.open(settings, connections);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the tree at a UNC folder, reached on port 445 with a share account.
     *
     * @param folder the folder, such as {@code \\fs01\icewarp\share\}
     * @param account the account (user, domain and password of the model's {@link Share})
     * @return the tree
     */
    public static SmbTree of(UncPath folder, Share account) {
        return builder().folder(folder).account(account).build();
    }

    /**
     * Returns the tree at the root of the cluster's share, with the share's account.
     *
     * @param share the model's share
     * @return the tree
     * @throws org.lbkit.model.InvalidUncPathException when the share's root is not a UNC path
     */
    public static SmbTree of(Share share) {
        return of(UncPath.parse(share.root()), share);
    }

    /**
     * Returns the server's host name or address.
     *
     * @return the host
     */
    public String host() {
        return settings.host();
    }

    /**
     * Returns the TCP port.
     *
     * @return the port
     */
    public int port() {
        return settings.port();
    }

    /**
     * Returns the share name.
     *
     * @return the share
     */
    public String share() {
        return settings.share();
    }

    /**
     * Returns the root folder below the share, {@code /}-separated.
     *
     * @return the path, empty for the share root
     */
    public String path() {
        return settings.path();
    }

    /**
     * Returns the account's user name.
     *
     * @return the user
     */
    public String user() {
        return settings.user();
    }

    /**
     * Returns the account's domain.
     *
     * @return the domain, empty for a local account
     */
    public String domain() {
        return settings.domain();
    }

    @Override
    public TreeKind kind() {
        return TreeKind.SMB;
    }

    @Override
    public String location() {
        return tree.location();
    }

    @Override
    public String location(String path) {
        return tree.location(path);
    }

    @Override
    public String name() {
        return tree.name();
    }

    @Override
    public Duration timeTolerance() {
        return tree.timeTolerance();
    }

    @Override
    public FileTree subtree(String path) {
        return tree.subtree(path);
    }

    @Override
    public Optional<FileEntry> stat(String path) {
        return tree.stat(path);
    }

    @Override
    public Stream<FileEntry> list(String directory) {
        return tree.list(directory);
    }

    @Override
    public InputStream openRead(String path) {
        return tree.openRead(path);
    }

    @Override
    public OutputStream createNew(String path) {
        return tree.createNew(path);
    }

    @Override
    public void createDirectories(String path) {
        tree.createDirectories(path);
    }

    @Override
    public void rename(String from, String to) {
        tree.rename(from, to);
    }

    @Override
    public void deleteFile(String path) {
        tree.deleteFile(path);
    }

    @Override
    public void setLastModified(String path, Instant time) {
        tree.setLastModified(path, time);
    }

    @Override
    public void publish(String temporary, String path, Instant lastModified, long expectedSize) {
        tree.publish(temporary, path, lastModified, expectedSize);
    }

    @Override
    public void close() {
        tree.close();
    }

    @Override
    public String toString() {
        return "SmbTree[" + settings + "]";
    }

    /**
     * Builder of {@link SmbTree}. Each option validates its value at once; {@link #build()} checks
     * that host, share, user and password are set.
     */
    public static final class Builder {

        private static final int MAX_SHARE_LENGTH = 80;

        private String host;
        private int port = 445;
        private String share;
        private String path = "";
        private String domain = "";
        private String user;
        private Secret password;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private SmbDialect minDialect = SmbDialect.SMB202;
        private SmbDialect maxDialect = SmbDialect.SMB311;
        private boolean signingRequired;
        private boolean dfs;
        private int connections = 4;

        private Builder() {
        }

        private static String nonBlank(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        /**
         * Sets the server's host name, IPv4 address or IPv6 address (with or without brackets).
         *
         * @param name the host
         * @return this builder
         */
        public Builder host(String name) {
            String bare = nonBlank(name, "host").strip();
            this.host = bare.startsWith("[") && bare.endsWith("]") ? bare.substring(1, bare.length() - 1) : bare;
            return this;
        }

        /**
         * Sets the TCP port.
         *
         * @param number from 1 to 65535; 445 by default
         * @return this builder
         */
        public Builder port(int number) {
            if (number < 1 || number > 65_535) {
                throw new IllegalArgumentException("port must be between 1 and 65535 but was " + number);
            }
            this.port = number;
            return this;
        }

        /**
         * Sets the share name.
         *
         * @param name the share, 1 to 80 characters, without {@code \} or {@code /}
         * @return this builder
         */
        public Builder share(String name) {
            nonBlank(name, "share");
            if (name.length() > MAX_SHARE_LENGTH || name.contains("/") || name.contains("\\")) {
                throw new IllegalArgumentException("share must be 1 to 80 characters without '/' or '\\' but was '"
                        + name + "'");
            }
            this.share = name;
            return this;
        }

        /**
         * Sets the root folder below the share.
         *
         * @param folder segments separated by {@code /} or {@code \}; empty for the share root
         * @return this builder
         */
        public Builder path(String folder) {
            String normalised = Objects.requireNonNull(folder, "path").replace('\\', '/');
            while (normalised.startsWith("/")) {
                normalised = normalised.substring(1);
            }
            while (normalised.endsWith("/")) {
                normalised = normalised.substring(0, normalised.length() - 1);
            }
            this.path = TreePaths.check(normalised);
            return this;
        }

        /**
         * Sets host, share and path from a UNC folder.
         *
         * @param folder the folder
         * @return this builder
         */
        public Builder folder(UncPath folder) {
            Objects.requireNonNull(folder, "folder");
            host(folder.host());
            share(folder.share());
            return path(String.join("/", folder.segments()));
        }

        /**
         * Sets user, domain and password from the model's share account.
         *
         * @param account the share
         * @return this builder
         */
        public Builder account(Share account) {
            Objects.requireNonNull(account, "account");
            user(account.user());
            domain(account.domain().orElse(""));
            return password(account.password());
        }

        /**
         * Sets the account's domain.
         *
         * @param name the domain; empty (the default) for an account local to the server
         * @return this builder
         */
        public Builder domain(String name) {
            this.domain = Objects.requireNonNull(name, "domain").strip();
            return this;
        }

        /**
         * Sets the account's user name. <code>DOMAIN&#92;user</code> and {@code user@domain} forms set the
         * domain too.
         *
         * @param name the user
         * @return this builder
         */
        public Builder user(String name) {
            String value = nonBlank(name, "user").strip();
            int backslash = value.indexOf('\\');
            int at = value.lastIndexOf('@');
            if (backslash > 0) {
                this.domain = value.substring(0, backslash);
                value = value.substring(backslash + 1);
            } else if (at > 0) {
                this.domain = value.substring(at + 1);
                value = value.substring(0, at);
            }
            this.user = value;
            return this;
        }

        /**
         * Sets the account's password.
         *
         * @param secret the password
         * @return this builder
         */
        public Builder password(Secret secret) {
            this.password = Objects.requireNonNull(secret, "password");
            return this;
        }

        /**
         * Sets how long to wait for the TCP connection.
         *
         * @param timeout more than zero; 10 seconds by default
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long to wait for each response of the server.
         *
         * @param timeout more than zero; 30 seconds by default
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "responseTimeout");
            return this;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be more than zero but was " + value);
            }
            return value;
        }

        /**
         * Sets the lowest and highest dialect offered.
         *
         * @param min the lowest; {@link SmbDialect#SMB202} by default
         * @param max the highest; {@link SmbDialect#SMB311} by default
         * @return this builder
         */
        public Builder dialects(SmbDialect min, SmbDialect max) {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("the lowest dialect " + min + " is above the highest " + max);
            }
            this.minDialect = min;
            this.maxDialect = max;
            return this;
        }

        /**
         * Sets whether every message must be signed.
         *
         * @param required {@code false} by default
         * @return this builder
         */
        public Builder signingRequired(boolean required) {
            this.signingRequired = required;
            return this;
        }

        /**
         * Sets whether DFS referrals are followed.
         *
         * @param enabled {@code false} by default; turn on only for DFS namespaces
         * @return this builder
         */
        public Builder dfs(boolean enabled) {
            this.dfs = enabled;
            return this;
        }

        /**
         * Sets how many TCP connections the tree opens to the server. Each thread that uses the
         * tree keeps to one of them; Samba and Windows serve each connection separately, so a
         * migration with several workers runs faster with as many connections. Windows client
         * editions accept about 20 connections in all.
         *
         * @param count from 1 to 16; 4 by default, matching a migration's default parallelism
         * @return this builder
         */
        public Builder connections(int count) {
            if (count < 1 || count > 16) {
                throw new IllegalArgumentException("connections must be between 1 and 16 but was " + count);
            }
            this.connections = count;
            return this;
        }

        /**
         * Builds the tree. The connections are made on first use.
         *
         * @return the tree
         * @throws IllegalStateException when host, share, user or password is missing
         */
        public SmbTree build() {
            StringBuilder missing = new StringBuilder();
            for (String[] option : new String[][] {{"host", host}, {"share", share}, {"user", user}}) {
                if (option[1] == null) {
                    missing.append(missing.length() == 0 ? "" : ", ").append(option[0]);
                }
            }
            if (password == null) {
                missing.append(missing.length() == 0 ? "" : ", ").append("password");
            }
            if (missing.length() > 0) {
                throw new IllegalStateException("cannot build an SmbTree: set " + missing + " on the builder");
            }
            return new SmbTree(new SmbSettings(host, port, share, path, domain, user, password, connectTimeout,
                    responseTimeout, minDialect, maxDialect, signingRequired, dfs), connections);
        }
    }
}
