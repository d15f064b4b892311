package org.lbkit.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lbkit.model.internal.Characters;
import org.lbkit.model.internal.ConnectionFields;

/**
 * A MySQL connection in the PHP PDO form, a DSN such as
 * {@code mysql:host=db.example;port=3306;dbname=iw_eas} with the user and password held apart.
 * Newer IceWarp builds use it for ActiveSync, the WebClient cache and spam reports, each with
 * separate user and password variables.
 *
 * <p>The DSN separates its parameters with {@code ;} and has no escape, so {@link #dsn()} rejects
 * a host, database or character set containing {@code ;}. The user and password travel apart and
 * may contain anything. The {@link #toString()} form masks the password.
 *
 * <p>NOTE: only MySQL DSNs are handled. IceWarp's spam reports fall back to a SQLite DSN
 * ({@code sqlite:…/reports.db}) when their variable is empty, and {@link #parseDsn} rejects that
 * form. An IPv6 host is written without brackets, which this class has not checked against PHP.
 */
public final class PdoConnection {

    /** Port used when the DSN gives none, MySQL's default. */
    public static final int DEFAULT_PORT = 3306;

    private static final String PREFIX = "mysql:";
    private static final String FORBIDDEN = ";\r\n";
    private static final String WHAT = "PDO DSN";

    private final String host;
    private final int port;
    private final String database;
    private final String charset;
    private final String user;
    private final Secret password;

    private PdoConnection(String host, int port, String database, String charset, String user, Secret password) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.charset = charset;
        this.user = user;
        this.password = password;
    }

    /**
     * Creates a MySQL connection.
     *
     * @param host the server: IPv4, IPv6 (with or without brackets) or DNS name
     * @param port the TCP port, 1 to 65535
     * @param database the database name
     * @param user the database user
     * @param password the user's password
     * @return the connection
     * @throws InvalidConnectionStringException naming the field when a value is {@code null},
     *     the host or database is empty, or the port is out of range
     */
    public static PdoConnection mysql(String host, int port, String database, String user, Secret password) {
        ConnectionFields.checkNotNull(host, "host");
        ConnectionFields.checkNotNull(database, "dbname");
        ConnectionFields.checkNotNull(user, "user");
        ConnectionFields.checkNotNull(password, "password");
        if (database.isEmpty()) {
            throw new InvalidConnectionStringException("the database name (dbname) is empty", "dbname");
        }
        return new PdoConnection(ConnectionFields.host(host), ConnectionFields.checkPort(port), database, null, user,
                password);
    }

    /**
     * Parses a MySQL DSN. The keys are {@code host}, {@code port} (3306 when missing),
     * {@code dbname} or its alias {@code database}, and {@code charset}; a trailing {@code ;} is
     * accepted.
     *
     * @param dsn the DSN, such as the value of {@code C_ActiveSync_DBConnection}
     * @param user the user, from its own variable
     * @param password the password, from its own variable
     * @return the connection
     * @throws InvalidConnectionStringException naming the key when the DSN is {@code null}, does
     *     not start with {@code mysql:}, lacks the host or database, repeats a key, has an unknown
     *     key, or has an invalid port
     */
    public static PdoConnection parseDsn(String dsn, String user, Secret password) {
        ConnectionFields.checkNotNull(dsn, "dsn");
        ConnectionFields.checkNotNull(user, "user");
        ConnectionFields.checkNotNull(password, "password");
        if (!dsn.startsWith(PREFIX)) {
            throw new InvalidConnectionStringException("invalid PDO DSN " + Characters.quote(dsn)
                    + ": only MySQL DSNs are supported, which start with 'mysql:'", "dsn");
        }

        Map<String, String> values = parameters(dsn);
        String host = values.get("host");
        String database = values.get("dbname");
        if (host == null || database == null || database.isEmpty()) {
            String missing = host == null ? "host" : "dbname";
            throw new InvalidConnectionStringException("invalid PDO DSN " + Characters.quote(dsn) + ": " + missing
                    + " is missing", missing);
        }
        int port = values.containsKey("port") ? ConnectionFields.port(values.get("port")) : DEFAULT_PORT;
        return new PdoConnection(ConnectionFields.host(host), port, database, values.get("charset"), user, password);
    }

    /**
     * Formats the DSN, {@code mysql:host=…;port=…;dbname=…}, followed by {@code ;charset=…} when
     * one was read.
     *
     * @return the DSN
     * @throws InvalidConnectionStringException naming the field when the host, database or
     *     character set contains {@code ;} or a line break
     */
    public String dsn() {
        ConnectionFields.checkCarried(host, "host", WHAT, FORBIDDEN);
        ConnectionFields.checkCarried(database, "dbname", WHAT, FORBIDDEN);
        if (charset != null) {
            ConnectionFields.checkCarried(charset, "charset", WHAT, FORBIDDEN);
        }
        return text();
    }

    /**
     * Converts this connection to IceWarp's six-field form, which {@code tool create tables 6}
     * takes for ActiveSync even where the ActiveSync variable contains a PDO DSN. The character set
     * has no field there and is dropped.
     *
     * @return the six-field connection, syntax 3 and driver 2
     */
    public IceWarpDbConnection toIceWarpDbConnection() {
        return IceWarpDbConnection.mysql(database, user, password, host, port);
    }

    /**
     * Returns the host, an IPv6 address without brackets.
     *
     * @return the host
     */
    public String host() {
        return host;
    }

    /**
     * Returns the TCP port.
     *
     * @return the port, 3306 when the DSN gave none
     */
    public int port() {
        return port;
    }

    /**
     * Returns the database name.
     *
     * @return the database
     */
    public String database() {
        return database;
    }

    /**
     * Returns the character set the DSN names.
     *
     * @return the character set, if the DSN gives one
     */
    public Optional<String> charset() {
        return Optional.ofNullable(charset);
    }

    /**
     * Returns the user.
     *
     * @return the user
     */
    public String user() {
        return user;
    }

    /**
     * Returns the password.
     *
     * @return the password
     */
    public Secret password() {
        return password;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PdoConnection)) {
            return false;
        }
        PdoConnection that = (PdoConnection) other;
        return host.equals(that.host) && port == that.port && database.equals(that.database)
                && Objects.equals(charset, that.charset) && user.equals(that.user) && password.equals(that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, database, charset, user, password);
    }

    /** Returns the DSN, the user and the masked password. */
    @Override
    public String toString() {
        return "PdoConnection[" + text() + ", user=" + user + ", password=" + password + "]";
    }

    private String text() {
        return PREFIX + "host=" + host + ";port=" + port + ";dbname=" + database
                + (charset == null ? "" : ";charset=" + charset);
    }

    private static Map<String, String> parameters(String dsn) {
        Map<String, String> values = new HashMap<>();
        for (String part : dsn.substring(PREFIX.length()).split(";", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String key = equals < 0 ? part : part.substring(0, equals);
            String name = key.equals("database") ? "dbname" : key;
            if (equals < 0 || !(name.equals("host") || name.equals("port") || name.equals("dbname")
                    || name.equals("charset"))) {
                throw new InvalidConnectionStringException("invalid PDO DSN " + Characters.quote(dsn)
                        + ": unsupported parameter " + Characters.quote(part) + "; use host=, port=, dbname="
                        + " (or database=) and charset=", key);
            }
            String value = part.substring(equals + 1);
            ConnectionFields.checkCarried(value, name, WHAT, FORBIDDEN);
            if (values.put(name, value) != null) {
                throw new InvalidConnectionStringException("invalid PDO DSN " + Characters.quote(dsn) + ": "
                        + name + " is given twice", name);
            }
        }
        return values;
    }
}
