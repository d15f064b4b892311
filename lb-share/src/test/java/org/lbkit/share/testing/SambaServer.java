package org.lbkit.share.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.lbkit.model.Secret;
import org.lbkit.share.SmbTree;

/**
 * A real Samba {@code smbd} for tests, on a free port of 127.0.0.1 with a private
 * {@code smb.conf} and data under {@code target/samba/}. Its PID is recorded in
 * {@code target/lbkit-servers/}, so that CI can stop a server a crashed test left behind.
 *
 * <pre>
 * try (SambaServer samba = SambaServer.create().start()) {
 *     SmbTree share = samba.tree();
 *     ...
 * }
 * </pre>
 *
 * <p>When {@code smbd} is missing the test is skipped, unless the environment variable
 * {@code LBKIT_REQUIRE_SERVERS=1} is set, in which case it fails.
 */
public final class SambaServer implements AutoCloseable {

    private static final Path SMBD = Path.of("/usr/sbin/smbd");
    private static final String HOST = "127.0.0.1";
    private static final String SHARE = "share";
    private static final String USER = "lbkitsmb";
    // ';' and '|' test that passwords never travel in URLs; IceWarp's remote-connection string
    // cannot carry them, so tests that render node files choose another password.
    private static final String DEFAULT_PASSWORD = "Lb;k|t%pw#1 é";
    private static final long START_TIMEOUT_MILLIS = 15_000;

    private final boolean encryptionRequired;
    private String password = DEFAULT_PASSWORD;
    private Path base;
    private int port;
    private Process process;
    private Path pidFile;
    private Set<Long> helperPids = Set.of();

    private SambaServer(boolean encryptionRequired) {
        this.encryptionRequired = encryptionRequired;
    }

    /**
     * Returns a server that accepts unencrypted SMB2 and SMB3 sessions.
     *
     * @return the server, not started
     */
    public static SambaServer create() {
        return new SambaServer(false);
    }

    /**
     * Returns a server configured with {@code server smb encrypt = required}.
     *
     * @return the server, not started
     */
    public static SambaServer requiringEncryption() {
        return new SambaServer(true);
    }

    /**
     * Sets the account's password, before {@link #start()}.
     *
     * @param text the password
     * @return this server
     */
    public SambaServer password(String text) {
        if (process != null) {
            throw new IllegalStateException("set the password before start()");
        }
        this.password = text;
        return this;
    }

    /**
     * Skips the calling test when {@code smbd} is missing, or fails it when
     * {@code LBKIT_REQUIRE_SERVERS=1}.
     */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(SMBD) && Files.isExecutable(Path.of("/usr/bin/smbpasswd"));
        if (installed) {
            return;
        }
        String message = "smbd or smbpasswd is missing; install the Debian package samba";
        if ("1".equals(System.getenv("LBKIT_REQUIRE_SERVERS"))) {
            throw new IllegalStateException(message + " (LBKIT_REQUIRE_SERVERS=1 requires it)");
        }
        Assumptions.abort(message);
    }

    /**
     * Writes the configuration, adds the account and starts {@code smbd}, waiting until it
     * accepts connections.
     *
     * @return this server
     */
    public SambaServer start() {
        assumeInstalled();
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                startOnce();
                return this;
            } catch (IllegalStateException e) {
                last = e;
                stop();
            }
        }
        throw last;
    }

    private void startOnce() {
        try {
            port = freePort();
            base = Path.of("target", "samba", (encryptionRequired ? "encrypted-" : "plain-") + port)
                    .toAbsolutePath();
            prepareFolders();
            ensureUnixAccount();
            Files.writeString(base.resolve("smb.conf"), config());
            run(List.of("smbpasswd", "-c", conf(), "-s", "-a", USER), password + "\n" + password + "\n");
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepareFolders() throws IOException {
        deleteRecursively(base);
        for (String folder : List.of("private", "lock", "state", "cache", "pid", "ncalrpc", "log", "share")) {
            Files.createDirectories(base.resolve(folder));
        }
        base.resolve("share").toFile().setWritable(true, false);
    }

    private void launch() throws IOException {
        Path log = base.resolve("log/smbd.stdout");
        // Without --no-process-group smbd leads its own process group, so stopping it never
        // signals the JVM that started it.
        process = new ProcessBuilder(SMBD.toString(), "--foreground", "--debug-stdout", "-s", conf())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        pidFile = Path.of("target", "lbkit-servers", "samba-" + port + ".pid").toAbsolutePath();
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, Long.toString(process.pid()));
        awaitListening(log);
        helperPids = process.children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private void awaitListening(Path log) throws IOException {
        long end = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("smbd exited at start with code " + process.exitValue() + ": "
                        + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 200);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IllegalStateException("smbd did not listen on " + HOST + ":" + port + " within "
                + START_TIMEOUT_MILLIS + " ms");
    }

    private String config() {
        String encryption = encryptionRequired ? "   server smb encrypt = required\n" : "";
        return "[global]\n"
                + "   workgroup = WORKGROUP\n"
                + "   server role = standalone server\n"
                + "   netbios name = LBKITTEST\n"
                + "   interfaces = lo\n"
                + "   bind interfaces only = yes\n"
                + "   smb ports = " + port + "\n"
                + "   disable netbios = yes\n"
                + "   server min protocol = SMB2_02\n"
                + "   server max protocol = SMB3\n"
                + encryption
                + "   security = user\n"
                + "   map to guest = never\n"
                + "   passdb backend = tdbsam:" + base.resolve("private/passdb.tdb") + "\n"
                + "   private dir = " + base.resolve("private") + "\n"
                + "   lock directory = " + base.resolve("lock") + "\n"
                + "   state directory = " + base.resolve("state") + "\n"
                + "   cache directory = " + base.resolve("cache") + "\n"
                + "   pid directory = " + base.resolve("pid") + "\n"
                + "   ncalrpc dir = " + base.resolve("ncalrpc") + "\n"
                + "   log file = " + base.resolve("log/log.%m") + "\n"
                + "   log level = 1\n"
                + "   load printers = no\n"
                + "   printing = bsd\n"
                + "   printcap name = /dev/null\n"
                + "   disable spoolss = yes\n"
                + "   unix extensions = no\n"
                + "   kernel oplocks = no\n"
                + "[" + SHARE + "]\n"
                + "   path = " + base.resolve("share") + "\n"
                + "   read only = no\n"
                + "   guest ok = no\n"
                + "   valid users = " + USER + "\n"
                + "   force user = root\n";
    }

    private String conf() {
        return base.resolve("smb.conf").toString();
    }

    /** Adds the Unix account that tdbsam requires for a Samba user, if it is missing. */
    private static void ensureUnixAccount() {
        if (run(List.of("id", USER), null) == 0) {
            return;
        }
        run(List.of("useradd", "-M", "-s", "/usr/sbin/nologin", USER), null);
        if (run(List.of("id", USER), null) != 0) {
            throw new IllegalStateException("cannot create the Unix account " + USER + " that Samba needs");
        }
    }

    private static int run(List<String> command, String input) {
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (input != null) {
                child.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            child.getOutputStream().close();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = child.waitFor();
            if (code != 0 && input != null) {
                throw new IllegalStateException(command.get(0) + " failed with code " + code + ": " + output);
            }
            return code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        }
    }

    /**
     * Returns the address the server listens on.
     *
     * @return {@code 127.0.0.1}
     */
    public String host() {
        return HOST;
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Returns the name of the share.
     *
     * @return the share name
     */
    public String shareName() {
        return SHARE;
    }

    /**
     * Returns the Samba user allowed on the share.
     *
     * @return the user
     */
    public String user() {
        return USER;
    }

    /**
     * Returns the user's password, which contains {@code ;}, {@code |}, {@code %}, {@code #}, a
     * space and a non-ASCII letter.
     *
     * @return the password
     */
    public Secret password() {
        return Secret.of(password);
    }

    /**
     * Returns the local folder behind the share, for assertions.
     *
     * @return the folder
     */
    public Path sharePath() {
        return base.resolve("share");
    }

    /**
     * Returns a builder preset with this server's address, share and account.
     *
     * @return the builder
     */
    public SmbTree.Builder treeBuilder() {
        return SmbTree.builder().host(HOST).port(port).share(SHARE).user(USER).password(password());
    }

    /**
     * Returns a tree at the share root, with this server's account.
     *
     * @return the tree
     */
    public SmbTree tree() {
        return treeBuilder().build();
    }

    /**
     * Kills, with SIGKILL, the {@code smbd} processes that serve client connections, so that
     * every client sees its connection drop. The helper processes smbd started with, and smbd
     * itself, keep running and accept new connections.
     *
     * @return the number of connections dropped
     */
    public int dropClientConnections() {
        List<ProcessHandle> clients = process.children()
                .filter(child -> !helperPids.contains(child.pid()))
                .collect(Collectors.toList());
        clients.forEach(ProcessHandle::destroyForcibly);
        return clients.size();
    }

    /** Stops {@code smbd} by its PID and waits until it has exited. */
    @Override
    public void close() {
        stop();
    }

    private void stop() {
        if (process != null) {
            ProcessHandle handle = process.toHandle();
            List<ProcessHandle> children = handle.descendants().collect(Collectors.toList());
            handle.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    handle.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
                stopChildren(children);
            } catch (InterruptedException e) {
                handle.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (pidFile != null) {
            pidFile.toFile().delete();
            pidFile = null;
        }
    }

    /** Stops, by PID, the smbd children that outlived their parent, and waits for them. */
    private static void stopChildren(List<ProcessHandle> children) throws InterruptedException {
        long end = System.currentTimeMillis() + 5_000;
        for (ProcessHandle child : children) {
            while (child.isAlive() && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            if (child.isAlive()) {
                child.destroy();
                child.onExit().toCompletableFuture().completeOnTimeout(child, 5, TimeUnit.SECONDS).join();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for smbd", e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    @Override
    public String toString() {
        return "SambaServer[" + HOST + ":" + port + ", share " + SHARE + (encryptionRequired ? ", encrypted" : "")
                + "]";
    }
}
