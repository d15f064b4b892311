package org.lbkit.model;

import java.util.Map;
import java.util.Optional;

import org.immutables.value.Value;

/**
 * The cluster's databases: the shared server, an optional backup server, the account IceWarp
 * uses, and per role the database name and the storage.
 */
@Value.Immutable
@LbStyle
public abstract class Databases {

    /**
     * Returns the database server every node connects to.
     *
     * @return the server
     */
    public abstract DatabaseServer server();

    /**
     * Returns the server IceWarp falls back to when the primary is down, if there is one.
     *
     * @return the backup server, if any
     */
    public abstract Optional<DatabaseServer> backup();

    /**
     * Returns the database user of the cluster.
     *
     * @return the user
     */
    public abstract String user();

    /**
     * Returns the database user's password.
     *
     * @return the password
     */
    @Value.Redacted
    public abstract Secret password();

    /**
     * Returns the database names set explicitly; {@link #name(DatabaseRole)} applies the defaults.
     *
     * @return the names by role
     */
    public abstract Map<DatabaseRole, String> names();

    /**
     * Returns the storages set explicitly; {@link #storage(DatabaseRole)} applies the default.
     *
     * @return the storages by role
     */
    public abstract Map<DatabaseRole, DatabaseStorage> storages();

    /**
     * Returns the database name of a role: the one set, else {@link DatabaseRole#defaultDatabaseName()}.
     *
     * @param role the role
     * @return the database name
     */
    public String name(DatabaseRole role) {
        return names().getOrDefault(role, role.defaultDatabaseName());
    }

    /**
     * Returns the storage of a role: the one set, else MySQL.
     *
     * @param role the role
     * @return the storage
     */
    public DatabaseStorage storage(DatabaseRole role) {
        return storages().getOrDefault(role, DatabaseStorage.MYSQL);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Databases}. */
    public static final class Builder extends ImmutableDatabases.Builder {
    }
}
