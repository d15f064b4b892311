package org.lbkit.db.internal;

import java.time.Duration;

import org.lbkit.db.SslMode;

/**
 * The settings of every connection: TLS mode and every timeout. The pool's connection
 * lifetime given here is an upper bound; {@link PooledConnections} lowers it below the server's
 * {@code wait_timeout}.
 *
 * @param sslMode the TLS mode
 * @param connectTimeout how long a TCP connect may take
 * @param socketTimeout how long a read may block; longer than any lock wait
 * @param validationTimeout how long the pool's liveness check may take
 * @param maxLifetime the longest a pooled connection lives
 */
public record ConnectionSettings(SslMode sslMode, Duration connectTimeout, Duration socketTimeout,
        Duration validationTimeout, Duration maxLifetime) {
}
