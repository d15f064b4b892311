package org.lbkit.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.LbStyle;

/**
 * One {@code tool create tables <code> "<connection>"} call the master runs. IceWarp engineers'
 * container setup creates the accounts, anti-spam and directory-cache tables (codes 0, 3, 4)
 * before the services start and the groupware and ActiveSync tables (2, 6) after.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"role", "code", "phase", "connection"})
public abstract class TableCreation {

    /** When a table creation runs relative to the services. */
    public enum Phase {
        /** With the services stopped, before they start. */
        BEFORE_SERVICES,
        /** After the services have started. */
        AFTER_SERVICES
    }

    /**
     * Returns the database role.
     *
     * @return the role
     */
    @JsonProperty("role")
    public abstract DatabaseRole role();

    /**
     * Returns the {@code tool create tables} code.
     *
     * @return the code
     */
    @JsonProperty("code")
    public abstract int code();

    /**
     * Returns when the call runs.
     *
     * @return the phase
     */
    @JsonProperty("phase")
    public abstract Phase phase();

    /**
     * Returns the six-field connection string passed to the tool.
     *
     * @return the connection, password included
     */
    @Value.Redacted
    public abstract String connection();

    /**
     * Returns the connection with the password replaced by {@value RenderedFile#MASK}.
     *
     * @return the connection safe to show
     */
    @JsonProperty("connection")
    public abstract String redactedConnection();

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link TableCreation}. */
    public static final class Builder extends ImmutableTableCreation.Builder {
    }
}
