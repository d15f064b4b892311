package org.lbkit.db.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.lbkit.db.LbDatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-wide named lock ({@code GET_LOCK}) that serialises provisioners: a second run waits
 * until the first releases it or its connection ends, so a killed run never holds it.
 */
final class ProvisioningLock {

    /** The lock's name; at most 64 characters on MySQL 5.7 and newer. */
    static final String NAME = "lbkit.database-provisioning";

    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningLock.class);

    private ProvisioningLock() {
    }

    /**
     * Waits for the lock.
     *
     * @return how long the wait took, in milliseconds
     * @throws LbDatabaseException of kind {@code LOCK_TIMEOUT} when the timeout passes
     */
    static long acquire(Connection connection, Duration timeout, String jdbcUrl) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, NAME);
            statement.setLong(2, Math.max(0, timeout.toSeconds()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                int result = row.getInt(1);
                if (row.wasNull() || result != 1) {
                    throw new LbDatabaseException(LbDatabaseException.Kind.LOCK_TIMEOUT, "another provisioner held"
                            + " the lock '" + NAME + "' on " + JdbcUrls.redact(jdbcUrl) + " for more than "
                            + timeout.toSeconds() + " s; wait for it to finish, or raise lockTimeout(...)",
                            jdbcUrl, null, 0, null);
                }
            }
        }
        long waited = (System.nanoTime() - start) / 1_000_000;
        LOG.debug("acquired lock '{}' on {} after {} ms", NAME, JdbcUrls.redact(jdbcUrl), waited);
        return waited;
    }

    /** Releases the lock; a failure is logged, since the lock ends with the connection anyway. */
    static void release(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, NAME);
            statement.executeQuery().close();
        } catch (SQLException e) {
            LOG.debug("could not release lock '{}' ({}); the server releases it when the connection closes",
                    NAME, e.getMessage());
        }
    }
}
