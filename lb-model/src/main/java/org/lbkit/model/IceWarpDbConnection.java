package org.lbkit.model;

import java.util.Objects;
import java.util.OptionalInt;

import org.lbkit.model.internal.Characters;
import org.lbkit.model.internal.ConnectionFields;
import org.lbkit.model.internal.ConnectionFields.HostPort;

/**
 * IceWarp's own database connection string, six fields separated by {@code ;}:
 * {@code database;user;password;host[:port];syntax;driver}. IceWarp engineers' setup scripts
 * write {@code iw_accounts;icewarp;secret;db.example:3306;3;2} for MySQL or MariaDB through the
 * native client library, and {@code accounts.db;;;;7;3} for SQLite.
 *
 * <p>The fields are positional and the string has no escape, so {@link #format()} rejects a value
 * containing {@code ;} (or a line break). The {@link #toString()} form masks the password.
 *
 * <p>NOTE: IceWarp documents no syntax for an IPv6 host with a port. This class writes
 * {@code [address]:port}, the form URLs use, and a bare address when there is no port. Check it
 * against the IceWarp version in use before relying on an IPv6 database host with a port.
 */
public final class IceWarpDbConnection {

    /** Syntax code of MySQL and MariaDB (5th field). */
    public static final int SYNTAX_MYSQL = 3;
    /** Driver code of IceWarp's native MySQL client library (6th field). */
    public static final int DRIVER_MYSQL = 2;
    /** Syntax code of SQLite (5th field). */
    public static final int SYNTAX_SQLITE = 7;
    /** Driver code of SQLite (6th field); the WebAdmin dashboard treats this value as SQLite. */
    public static final int DRIVER_SQLITE = 3;

    private static final int FIELDS = 6;
    private static final String FORBIDDEN = ";\r\n";
    private static final String WHAT = "IceWarp connection string";

    private final String database;
    private final String user;
    private final Secret password;
    private final String host;
    private final OptionalInt port;
    private final int syntax;
    private final int driver;

    private IceWarpDbConnection(String database, String user, Secret password, HostPort hostPort, int syntax,
            int driver) {
        this.database = database;
        this.user = user;
        this.password = password;
        this.host = hostPort.host();
        this.port = hostPort.port();
        this.syntax = syntax;
        this.driver = driver;
    }

    /**
     * Creates a MySQL or MariaDB connection through IceWarp's native client library (syntax 3,
     * driver 2).
     *
     * @param database the database name
     * @param user the database user
     * @param password the user's password
     * @param host the server: IPv4, IPv6 (with or without brackets) or DNS name
     * @param port the TCP port, 1 to 65535
     * @return the connection
     * @throws InvalidConnectionStringException naming the field when a value is {@code null},
     *     the database or host is empty, or the port is out of range
     */
    public static IceWarpDbConnection mysql(String database, String user, Secret password, String host, int port) {
        ConnectionFields.checkNotNull(database, "database");
        ConnectionFields.checkNotNull(user, "user");
        ConnectionFields.checkNotNull(password, "password");
        ConnectionFields.checkNotNull(host, "host");
        if (database.isEmpty()) {
            throw new InvalidConnectionStringException("the database name is empty", "database");
        }
        HostPort hostPort = new HostPort(ConnectionFields.host(host), OptionalInt.of(ConnectionFields.checkPort(port)));
        return new IceWarpDbConnection(database, user, password, hostPort, SYNTAX_MYSQL, DRIVER_MYSQL);
    }

    /**
     * Creates a SQLite connection, {@code file;;;;7;3}.
     *
     * @param file the database file, such as {@code /opt/icewarp/config/accounts.db}
     * @return the connection
     * @throws InvalidConnectionStringException naming {@code database} when the file is
     *     {@code null} or empty
     */
    public static IceWarpDbConnection sqlite(String file) {
        ConnectionFields.checkNotNull(file, "database");
        if (file.isEmpty()) {
            throw new InvalidConnectionStringException("the SQLite file name is empty", "database");
        }
        return new IceWarpDbConnection(file, "", Secret.of(""), new HostPort("", OptionalInt.empty()),
                SYNTAX_SQLITE, DRIVER_SQLITE);
    }

    /**
     * Parses a connection string as IceWarp stores it, such as the value of
     * {@code C_GW_ConnectionString}. Values are kept as written, without trimming.
     *
     * @param text the string
     * @return the connection
     * @throws InvalidConnectionStringException when the text is {@code null}, does not have exactly
     *     six fields, contains a line break, or has an invalid port, syntax or driver; the message
     *     never shows the password
     */
    public static IceWarpDbConnection parse(String text) {
        if (text == null) {
            throw new InvalidConnectionStringException("the IceWarp connection string is null", null);
        }
        String[] fields = text.split(";", -1);
        if (fields.length != FIELDS) {
            throw new InvalidConnectionStringException("invalid IceWarp connection string: it has " + fields.length
                    + " field(s) separated by ';' but needs exactly 6, database;user;password;host[:port];syntax;driver."
                    + " A ';' inside a value, such as a password, cannot be carried", null);
        }

        String[] names = {"database", "user", "password", "host", "syntax", "driver"};
        for (int i = 0; i < FIELDS; i++) {
            ConnectionFields.checkCarried(fields[i], names[i], WHAT, FORBIDDEN);
        }
        HostPort hostPort = ConnectionFields.parseHostPort(fields[3]);
        return new IceWarpDbConnection(fields[0], fields[1], Secret.of(fields[2]), hostPort,
                code(fields[4], "syntax"), code(fields[5], "driver"));
    }

    /**
     * Formats the string IceWarp reads.
     *
     * @return {@code database;user;password;host[:port];syntax;driver}
     * @throws InvalidConnectionStringException naming the field when the database, user, password
     *     or host contains {@code ;}, a carriage return or a line feed
     * @throws LbException when the password refers to an environment variable or file that cannot
     *     be read
     */
    public String format() {
        String revealed = password.reveal();
        ConnectionFields.checkCarried(database, "database", WHAT, FORBIDDEN);
        ConnectionFields.checkCarried(user, "user", WHAT, FORBIDDEN);
        ConnectionFields.checkCarried(revealed, "password", WHAT, FORBIDDEN);
        ConnectionFields.checkCarried(host, "host", WHAT, FORBIDDEN);
        return join(revealed);
    }

    /**
     * Returns the database name, or the file for SQLite.
     *
     * @return the database
     */
    public String database() {
        return database;
    }

    /**
     * Returns the database user.
     *
     * @return the user; empty for SQLite
     */
    public String user() {
        return user;
    }

    /**
     * Returns the password.
     *
     * @return the password; empty for SQLite
     */
    public Secret password() {
        return password;
    }

    /**
     * Returns the host, an IPv6 address without brackets.
     *
     * @return the host; empty for SQLite
     */
    public String host() {
        return host;
    }

    /**
     * Returns the port written after the host.
     *
     * @return the port, or empty when the string gives none (IceWarp then uses 3306)
     */
    public OptionalInt port() {
        return port;
    }

    /**
     * Returns the syntax code (5th field).
     *
     * @return 3 for MySQL, 7 for SQLite, or another code as read
     */
    public int syntax() {
        return syntax;
    }

    /**
     * Returns the driver code (6th field).
     *
     * @return 2 for the native MySQL client library, 3 for SQLite, or another code as read
     */
    public int driver() {
        return driver;
    }

    /**
     * Returns whether this is a SQLite database, which IceWarp decides by the driver code.
     *
     * @return {@code true} when the driver is 3
     */
    public boolean isSqlite() {
        return driver == DRIVER_SQLITE;
    }

    /**
     * Returns whether this is MySQL or MariaDB through the native client library.
     *
     * @return {@code true} for syntax 3 and driver 2
     */
    public boolean isMysql() {
        return syntax == SYNTAX_MYSQL && driver == DRIVER_MYSQL;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IceWarpDbConnection)) {
            return false;
        }
        IceWarpDbConnection that = (IceWarpDbConnection) other;
        return database.equals(that.database) && user.equals(that.user) && password.equals(that.password)
                && host.equals(that.host) && port.equals(that.port) && syntax == that.syntax && driver == that.driver;
    }

    @Override
    public int hashCode() {
        return Objects.hash(database, user, password, host, port, syntax, driver);
    }

    /** Returns the string with the password masked; an empty inline password shows as empty. */
    @Override
    public String toString() {
        boolean empty = password.isInline() && password.reveal().isEmpty();
        return "IceWarpDbConnection[" + join(empty ? "" : password.toString()) + "]";
    }

    private String join(String passwordText) {
        String hostText = host;
        if (port.isPresent()) {
            hostText = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port.getAsInt();
        }
        return String.join(";", database, user, passwordText, hostText, Integer.toString(syntax),
                Integer.toString(driver));
    }

    private static int code(String text, String field) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidConnectionStringException("invalid " + field + " code " + Characters.quote(text)
                    + " in an IceWarp connection string: write a number, such as 3 and 2 for MySQL", field);
        }
        return Integer.parseInt(text);
    }
}
