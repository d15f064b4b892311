package org.lbkit.db.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.lbkit.model.Secret;

/**
 * A real MariaDB server for tests: Debian's {@code /usr/sbin/mariadbd} with a private data folder
 * under {@code target/}, listening on a free port of 127.0.0.1 (and ::1 when the machine has
 * IPv6 loopback), with an administration user for TCP logins.
 *
 * <p>The server's PID is written to {@code target/lbkit-servers/mariadb-<port>.pid}, so that CI
 * can stop a server a crashed test left behind. {@code root} logs in only over the server's Unix
 * socket (unix_socket authentication), which {@link #executeAsRoot(String)} uses for test setup.
 *
 * <p>When {@code mariadbd} is missing, {@link #start()} skips the calling test with a JUnit
 * assumption, unless the environment variable {@code LBKIT_REQUIRE_SERVERS} is {@code 1}, in
 * which case it fails.
 */
public final class MariaDbServer implements AutoCloseable {

    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final String ADMIN_USER = "lbadmin";
    private static final int START_ATTEMPTS = 3;
    private static final long READY_TIMEOUT_MILLIS = 30_000;
    private static final long STOP_TIMEOUT_SECONDS = 30;
    /** Unix socket paths longer than this do not fit in {@code sockaddr_un}. */
    private static final int MAX_SOCKET_PATH = 100;

    private final Path targetDirectory;
    private final Secret adminPassword = Secret.of(randomPassword());
    private Path base;
    private Path pidFile;
    private Process process;
    private int port;
    private boolean ipv6;
    private Thread shutdownHook;

    /** Creates a server whose files go under {@code target/} of the current directory. */
    public MariaDbServer() {
        this(Path.of("target"));
    }

    /**
     * Creates a server whose files go under a build folder.
     *
     * @param targetDirectory the module's {@code target} folder
     */
    public MariaDbServer(Path targetDirectory) {
        this.targetDirectory = targetDirectory.toAbsolutePath();
    }

    /**
     * Initialises a data folder, starts the server and creates the administration user.
     *
     * @return this server
     */
    public MariaDbServer start() {
        requireBinaries();
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                startOnce();
                createAdmin();
                return this;
            } catch (IllegalStateException e) {
                // Another test process may have taken the port between the probe and the bind.
                last = e;
                close();
            }
        }
        throw last;
    }

    /**
     * Returns the administration URL, {@code jdbc:mysql://127.0.0.1:PORT/}.
     *
     * @return the URL, with no database
     */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    /**
     * Returns the TCP port.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Returns whether the server also listens on ::1.
     *
     * @return {@code true} when IPv6 loopback is available
     */
    public boolean listensOnIpv6() {
        return ipv6;
    }

    /**
     * Returns the administration user, which has every privilege with GRANT OPTION at
     * 127.0.0.1 and ::1.
     *
     * @return the user name
     */
    public String adminUser() {
        return ADMIN_USER;
    }

    /**
     * Returns the administration user's password.
     *
     * @return the password
     */
    public Secret adminPassword() {
        return adminPassword;
    }

    /**
     * Returns the folder holding the server's data, socket and logs.
     *
     * @return the folder
     */
    public Path baseDirectory() {
        return base;
    }

    /**
     * Runs SQL as {@code root} through the {@code mariadb} client over the Unix socket. The text
     * goes to the client's standard input in UTF-8, so any character survives.
     *
     * @param sql one or more statements separated by {@code ;}
     * @return the client's output, tab-separated, without column names
     */
    public String executeAsRoot(String sql) {
        return runClient(sql, "-uroot", "--socket=" + socket());
    }

    /** Drops every database and account that tests created, keeping root and the administration user. */
    public void reset() {
        String databases = executeAsRoot("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN"
                + " ('mysql', 'information_schema', 'performance_schema', 'sys')");
        StringBuilder drops = new StringBuilder();
        for (String database : lines(databases)) {
            drops.append("DROP DATABASE `").append(database.replace("`", "``")).append("`;\n");
        }
        String accounts = executeAsRoot("SELECT CONCAT(QUOTE(User), '@', QUOTE(Host)) FROM mysql.user"
                + " WHERE User NOT IN ('root', 'mariadb.sys', '" + ADMIN_USER + "')");
        for (String account : lines(accounts)) {
            drops.append("DROP USER ").append(account).append(";\n");
        }
        if (drops.length() > 0) {
            executeAsRoot(drops.toString());
        }
    }

    /** Stops the server by PID, waits for it to exit, and deletes its files. */
    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down and runs the hook itself.
            }
            shutdownHook = null;
        }
        deleteQuietly(pidFile);
        deleteTree(base);
    }

    private void startOnce() {
        base = targetDirectory.resolve("mariadb-" + Long.toHexString(System.nanoTime()));
        createDirectories(base.resolve("data"));
        if (socket().toString().length() > MAX_SOCKET_PATH) {
            throw new IllegalStateException("socket path " + socket() + " is too long for a Unix socket;"
                    + " build from a shorter folder");
        }
        run(List.of("mariadb-install-db", "--no-defaults", "--user=" + System.getProperty("user.name"),
                "--datadir=" + base.resolve("data"), "--auth-root-authentication-method=socket", "--skip-test-db"),
                base.resolve("install.log"));

        port = freePort();
        ipv6 = ipv6LoopbackAvailable();
        List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults",
                "--user=" + System.getProperty("user.name"), "--datadir=" + base.resolve("data"),
                "--bind-address=" + (ipv6 ? "127.0.0.1,::1" : "127.0.0.1"), "--port=" + port,
                "--socket=" + socket(), "--pid-file=" + base.resolve("mysqld.pid"), "--skip-name-resolve",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--innodb-log-file-size=16M", "--log-error=" + base.resolve("error.log")));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(base.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + MARIADBD, e);
        }
        writePidFile();
        shutdownHook = new Thread(this::close, "mariadb-" + port + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        awaitReady();
    }

    private void createAdmin() {
        String password = adminPassword.reveal();
        StringBuilder sql = new StringBuilder();
        for (String host : ipv6 ? List.of("127.0.0.1", "::1") : List.of("127.0.0.1")) {
            String account = "'" + ADMIN_USER + "'@'" + host + "'";
            sql.append("CREATE USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        executeAsRoot(sql.toString());
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with code " + process.exitValue() + ": "
                        + tail(base.resolve("error.log")));
            }
            if (Files.exists(socket()) && ping()) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("mariadbd did not become ready within " + READY_TIMEOUT_MILLIS + " ms: "
                + tail(base.resolve("error.log")));
    }

    private boolean ping() {
        try {
            Process ping = new ProcessBuilder("mariadb-admin", "--no-defaults", "--socket=" + socket(), "-uroot",
                    "ping").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return ping.waitFor(10, TimeUnit.SECONDS) && ping.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String runClient(String sql, String... login) {
        List<String> command = new ArrayList<>(List.of("mariadb", "--no-defaults"));
        command.addAll(List.of(login));
        command.addAll(List.of("--batch", "--skip-column-names", "--default-character-set=utf8mb4"));
        try {
            Path errors = Files.createTempFile(base, "client", ".err");
            Process client = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            try (OutputStream in = client.getOutputStream()) {
                in.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = readAll(client.getInputStream());
            boolean exited = client.waitFor(60, TimeUnit.SECONDS);
            String err = Files.readString(errors, StandardCharsets.UTF_8);
            Files.delete(errors);
            if (!exited || client.exitValue() != 0) {
                throw new IllegalStateException("mariadb client failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the mariadb client", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the mariadb client", e);
        }
    }

    private Path socket() {
        return base.resolve("mysqld.sock");
    }

    private void writePidFile() {
        Path folder = targetDirectory.resolve("lbkit-servers");
        createDirectories(folder);
        pidFile = folder.resolve("mariadb-" + port + ".pid");
        try {
            Files.writeString(pidFile, process.pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    private static void requireBinaries() {
        boolean present = Files.isExecutable(MARIADBD) && onPath("mariadb-install-db") && onPath("mariadb")
                && onPath("mariadb-admin");
        if (present) {
            return;
        }
        String message = "MariaDB is not installed (" + MARIADBD + ", mariadb-install-db, mariadb, mariadb-admin);"
                + " install the Debian package mariadb-server";
        if ("1".equals(System.getenv("LBKIT_REQUIRE_SERVERS"))) {
            throw new IllegalStateException(message + " (LBKIT_REQUIRE_SERVERS=1 makes this an error)");
        }
        Assumptions.abort(message);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String folder : path.split(":")) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static void run(List<String> command, Path log) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
        }
    }

    private static boolean ipv6LoopbackAvailable() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> lines(String output) {
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    private static byte[] readAll(InputStream stream) throws IOException {
        try (stream) {
            return stream.readAllBytes();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for mariadbd", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next clean build.
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(MariaDbServer::deleteQuietly);
        } catch (IOException e) {
            // Left for the next clean build.
        }
    }
}
