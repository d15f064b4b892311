package org.lbkit.db.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.lbkit.model.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HikariCP pool for one run of the provisioner, with explicit connect, socket and
 * validation timeouts, and a connection lifetime below the server's {@code wait_timeout}.
 *
 * <p>Connector/J's {@code connectTimeout} and {@code socketTimeout} default to 0, which waits
 * forever on a wrong address; both are always set here. The lifetime is known only once
 * connected, so the first connection reads {@code wait_timeout}, the pool's lifetime is lowered
 * through Hikari's management bean, and that first connection is evicted so that every later one
 * gets the new lifetime.
 */
public final class PooledConnections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PooledConnections.class);

    /** Hikari rejects a shorter lifetime. */
    private static final Duration SHORTEST_LIFETIME = Duration.ofSeconds(30);

    /** Kept between the pool's lifetime and the server's idle timeout. */
    private static final Duration LIFETIME_MARGIN = Duration.ofSeconds(30);

    private final HikariDataSource pool;
    private final String jdbcUrl;

    private PooledConnections(HikariDataSource pool, String jdbcUrl) {
        this.pool = pool;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Opens a pool and checks that a connection can be made.
     *
     * @param name the pool's name in logs, such as {@code lbkit-admin}
     * @param jdbcUrl the URL, without database for administration
     * @param user the user name
     * @param password the password
     * @param settings TLS mode and timeouts
     * @return the open pool
     * @throws org.lbkit.db.LbDatabaseException when the server is unreachable or rejects the login
     */
    public static PooledConnections open(String name, String jdbcUrl, String user, Secret password,
            ConnectionSettings settings) {
        HikariConfig config = config(name, jdbcUrl, user, password, settings);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw SqlErrors.connectFailure(e, jdbcUrl, user, SecretScrubber.of(List.of(password)));
        }
        PooledConnections connections = new PooledConnections(pool, jdbcUrl);
        connections.fitLifetimeToServer(settings.maxLifetime(), user, password);
        return connections;
    }

    /**
     * Borrows a connection; close it to return it.
     *
     * @return the connection
     * @throws SQLException when none can be had within the connect timeout
     */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Returns the URL the pool connects to; it carries no password.
     *
     * @return the URL
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Closes every connection and the pool. */
    @Override
    public void close() {
        pool.close();
    }

    static HikariConfig config(String name, String jdbcUrl, String user, Secret password,
            ConnectionSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password.reveal());
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(settings.connectTimeout().toMillis() + 1000);
        config.setValidationTimeout(settings.validationTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.addDataSourceProperty("connectTimeout", String.valueOf(settings.connectTimeout().toMillis()));
        config.addDataSourceProperty("socketTimeout", String.valueOf(settings.socketTimeout().toMillis()));
        config.addDataSourceProperty("sslMode", settings.sslMode().name());
        config.addDataSourceProperty("characterEncoding", "UTF-8");
        config.addDataSourceProperty("allowMultiQueries", "false");
        config.addDataSourceProperty("allowPublicKeyRetrieval", "false");
        return config;
    }

    /**
     * Returns the lifetime for a server's {@code wait_timeout}: the configured one, or 30 s less
     * than the server's timeout when that is shorter, and never under Hikari's 30 s minimum.
     *
     * @param configured the configured lifetime
     * @param waitTimeoutSeconds the server's {@code wait_timeout}
     * @return the lifetime to use
     */
    static Duration lifetimeFor(Duration configured, long waitTimeoutSeconds) {
        Duration fitted = Duration.ofSeconds(waitTimeoutSeconds).minus(LIFETIME_MARGIN);
        Duration chosen = fitted.compareTo(configured) < 0 ? fitted : configured;
        return chosen.compareTo(SHORTEST_LIFETIME) < 0 ? SHORTEST_LIFETIME : chosen;
    }

    private void fitLifetimeToServer(Duration configured, String user, Secret password) {
        try (Connection probe = pool.getConnection(); Statement statement = probe.createStatement();
                ResultSet row = statement.executeQuery("SELECT LEAST(@@GLOBAL.wait_timeout, @@SESSION.wait_timeout)")) {
            row.next();
            long waitTimeout = row.getLong(1);
            Duration lifetime = lifetimeFor(configured, waitTimeout);
            if (lifetime.compareTo(configured) < 0) {
                pool.getHikariConfigMXBean().setMaxLifetime(lifetime.toMillis());
                pool.evictConnection(probe);
                LOG.debug("[{}] pool lifetime lowered to {} s, below the server's wait_timeout of {} s",
                        pool.getPoolName(), lifetime.toSeconds(), waitTimeout);
            }
            if (Duration.ofSeconds(waitTimeout).compareTo(SHORTEST_LIFETIME.plus(LIFETIME_MARGIN)) < 0) {
                LOG.warn("[{}] the server's wait_timeout of {} s is shorter than the pool's shortest lifetime;"
                        + " idle connections may be closed by the server and are then replaced", pool.getPoolName(),
                        waitTimeout);
            }
        } catch (SQLException e) {
            pool.close();
            throw SqlErrors.connectFailure(e, jdbcUrl, user, SecretScrubber.of(List.of(password)));
        }
    }
}
