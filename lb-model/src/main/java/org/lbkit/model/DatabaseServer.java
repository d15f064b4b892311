package org.lbkit.model;

import org.immutables.value.Value;

/** Host and port of a MySQL or MariaDB server, as every node reaches it. */
@Value.Immutable
@LbStyle
public abstract class DatabaseServer {

    /**
     * Returns the host: IPv4, IPv6 or DNS name.
     *
     * @return the host
     */
    public abstract String host();

    /**
     * Returns the TCP port.
     *
     * @return the port, 3306 by default
     */
    @Value.Default
    public int port() {
        return 3306;
    }

    /**
     * Creates a server on the default port 3306.
     *
     * @param host the host
     * @return the server
     */
    public static DatabaseServer of(String host) {
        return builder().host(host).build();
    }

    /**
     * Creates a server.
     *
     * @param host the host
     * @param port the port, 1 to 65535
     * @return the server
     */
    public static DatabaseServer of(String host, int port) {
        return builder().host(host).port(port).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DatabaseServer}. */
    public static final class Builder extends ImmutableDatabaseServer.Builder {
    }

    @Value.Check
    void check() {
        if (port() < 1 || port() > 65535) {
            throw new LbValidationException("database port must be between 1 and 65535 but was " + port());
        }
    }

    /** Returns {@code host:port}, with an IPv6 host in brackets. */
    @Override
    public String toString() {
        String shown = host().indexOf(':') >= 0 ? "[" + host() + "]" : host();
        return shown + ":" + port();
    }
}
