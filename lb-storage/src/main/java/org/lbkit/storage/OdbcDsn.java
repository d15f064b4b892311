package org.lbkit.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.LbStyle;

/**
 * A system ODBC data source a Windows node set to ODBC access needs, one per database. It contains
 * no credentials: IceWarp passes the user and password from its connection strings.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"name", "role", "driver", "server", "port", "database"})
public abstract class OdbcDsn {

    /**
     * Returns the data source name; the database name.
     *
     * @return the name
     */
    @JsonProperty("name")
    public abstract String name();

    /**
     * Returns the database role.
     *
     * @return the role
     */
    @JsonProperty("role")
    public abstract DatabaseRole role();

    /**
     * Returns the ODBC driver name as Windows lists it.
     *
     * @return the driver, such as {@code MySQL ODBC 8.0 Unicode Driver}
     */
    @JsonProperty("driver")
    public abstract String driver();

    /**
     * Returns the database server host.
     *
     * @return the host
     */
    @JsonProperty("server")
    public abstract String server();

    /**
     * Returns the database server port.
     *
     * @return the port
     */
    @JsonProperty("port")
    public abstract int port();

    /**
     * Returns the database name.
     *
     * @return the database
     */
    @JsonProperty("database")
    public abstract String database();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link OdbcDsn}. */
    public static final class Builder extends ImmutableOdbcDsn.Builder {
    }
}
