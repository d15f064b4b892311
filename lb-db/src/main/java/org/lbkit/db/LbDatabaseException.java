package org.lbkit.db;

import java.util.Optional;
import java.util.OptionalInt;

import org.lbkit.db.internal.JdbcUrls;
import org.lbkit.model.LbException;

/**
 * A database operation failed. {@link #kind()} says what a caller can do about it; the SQLState,
 * the vendor code and the JDBC URL (with any password removed) say where it happened.
 *
 * <p>Messages and causes never contain a password: the URL is redacted here, and statement
 * failures carry a copy of the driver's exception with every password replaced by {@code ****}.
 */
public class LbDatabaseException extends LbException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, at a level a caller can act on. */
    public enum Kind {
        /** No connection: wrong host or port, server down, firewall, or a timeout. */
        UNREACHABLE,
        /** The server rejected the user name and password, or the host they connect from. */
        AUTHENTICATION_FAILED,
        /** The account lacks a privilege the operation needs. */
        MISSING_PRIVILEGES,
        /** Another provisioner held the provisioning lock for longer than the lock timeout. */
        LOCK_TIMEOUT,
        /** The server is too old or reports a version lbkit cannot read. */
        UNSUPPORTED_SERVER,
        /** A requested collation does not exist on the server. */
        UNKNOWN_COLLATION,
        /** A statement failed for another reason; see the SQLState and vendor code. */
        STATEMENT_FAILED,
        /** A verification found the databases or accounts not as the cluster needs them. */
        NOT_READY
    }

    private final Kind kind;
    private final String sqlState;
    private final int vendorCode;
    private final String jdbcUrl;

    /**
     * Creates an exception that has no SQL error behind it.
     *
     * @param kind what went wrong
     * @param message the explanation, never containing a secret
     */
    public LbDatabaseException(Kind kind, String message) {
        this(kind, message, "", null, 0, null);
    }

    /**
     * Creates an exception for a failure on a server.
     *
     * @param kind what went wrong
     * @param message the explanation, never containing a secret
     * @param jdbcUrl the URL of the server; any password in it is removed here
     * @param sqlState the SQLState, or {@code null} when there is none
     * @param vendorCode the server's error number, 0 when there is none
     * @param cause the underlying failure, or {@code null}; it must not contain a secret either
     */
    public LbDatabaseException(Kind kind, String message, String jdbcUrl, String sqlState,
            int vendorCode, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
        this.jdbcUrl = jdbcUrl == null ? "" : JdbcUrls.redact(jdbcUrl);
    }

    /**
     * Returns what went wrong.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the five-character SQLState the driver reported, such as {@code 28000}.
     *
     * @return the SQLState, if any
     */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /**
     * Returns the server's error number, such as 1045 for a rejected password.
     *
     * @return the vendor code, if the server sent one
     */
    public OptionalInt vendorCode() {
        return vendorCode == 0 ? OptionalInt.empty() : OptionalInt.of(vendorCode);
    }

    /**
     * Returns the JDBC URL of the server involved, without password.
     *
     * @return the redacted URL, or an empty string when no server was involved
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }
}
