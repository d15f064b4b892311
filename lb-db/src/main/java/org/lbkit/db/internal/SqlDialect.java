package org.lbkit.db.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lbkit.db.DatabasePrivilege;
import org.lbkit.db.ServerFlavor;
import org.lbkit.db.ServerInfo;
import org.lbkit.model.Secret;

/**
 * Writes the provisioning statements for one server: its flavour, its version and its sql_mode.
 *
 * <p>Every supported server takes {@code CREATE USER IF NOT EXISTS … IDENTIFIED BY} followed by
 * a separate {@code GRANT}; {@code GRANT … IDENTIFIED BY} is never written because MySQL 8.0
 * removed it. Authentication plugins are never named, so each server uses its default
 * ({@code caching_sha2_password} on MySQL 8.0 and newer, where {@code mysql_native_password} is
 * disabled by default from 8.4 and gone in 9.0). Passwords are changed with {@code ALTER USER}
 * (MySQL 5.7.6 and newer, MariaDB 10.2 and newer) or, on MariaDB 10.1, with
 * {@code SET PASSWORD … = PASSWORD(…)}.
 */
// NOTE: the integration tests run these statements on MariaDB 10.11 only, because no MySQL server
// package exists for this build machine. The MySQL 5.7 to 9.x forms are checked as text only.
public final class SqlDialect {

    private final ServerInfo server;
    private final boolean noBackslashEscapes;

    private SqlDialect(ServerInfo server, boolean noBackslashEscapes) {
        this.server = server;
        this.noBackslashEscapes = noBackslashEscapes;
    }

    /**
     * Creates the dialect of a server.
     *
     * @param server the server's flavour and version
     * @param sqlMode the session's {@code @@sql_mode}
     * @return the dialect
     */
    public static SqlDialect of(ServerInfo server, String sqlMode) {
        String mode = sqlMode == null ? "" : sqlMode.toUpperCase(Locale.ROOT);
        return new SqlDialect(server, mode.contains("NO_BACKSLASH_ESCAPES"));
    }

    /**
     * Returns the server this dialect writes for.
     *
     * @return the server
     */
    public ServerInfo server() {
        return server;
    }

    /**
     * Returns whether backslashes are ordinary characters in this session's string literals.
     *
     * @return {@code true} under NO_BACKSLASH_ESCAPES
     */
    public boolean noBackslashEscapes() {
        return noBackslashEscapes;
    }

    /**
     * Returns the longest user name the server accepts, when it is known: 32 characters on MySQL
     * 5.7.8 and newer, 16 before.
     *
     * @return the limit, or 0 when lbkit leaves the check to the server
     */
    public int maxUserNameLength() {
        if (server.flavor() == ServerFlavor.MYSQL) {
            return server.isAtLeast(5, 7, 8) ? 32 : 16;
        }
        // NOTE: MariaDB's limit changed between releases (80, then 128 characters) and public
        // sources disagree, so a too-long name is left for the server to reject (error 1470).
        return 0;
    }

    /**
     * Writes {@code CREATE DATABASE IF NOT EXISTS} with utf8mb4 and an explicit collation.
     *
     * @param database the database name
     * @param collation a utf8mb4 collation that exists on the server, checked to contain only
     *        letters, digits and {@code _}
     * @return the statement
     */
    public SqlStatement createDatabase(String database, String collation) {
        return SqlStatement.plain("CREATE DATABASE IF NOT EXISTS " + SqlQuoting.identifier(database)
                + " CHARACTER SET utf8mb4 COLLATE " + collation);
    }

    /**
     * Writes {@code ALTER DATABASE} to change the default character set and collation, which
     * applies to tables created afterwards; existing tables keep theirs.
     *
     * @param database the database name
     * @param collation a utf8mb4 collation that exists on the server
     * @return the statement
     */
    public SqlStatement alterDatabaseCharset(String database, String collation) {
        return SqlStatement.plain("ALTER DATABASE " + SqlQuoting.identifier(database)
                + " CHARACTER SET utf8mb4 COLLATE " + collation);
    }

    /**
     * Writes {@code CREATE USER IF NOT EXISTS … IDENTIFIED BY}.
     *
     * @param user the user name
     * @param host the host part
     * @param password the password
     * @return the statement, with the password masked in its shown form
     */
    public SqlStatement createUser(String user, String host, Secret password) {
        String prefix = "CREATE USER IF NOT EXISTS " + account(user, host) + " IDENTIFIED BY ";
        return SqlStatement.withSecret(prefix + literal(password.reveal()), prefix + SqlQuoting.MASKED_LITERAL);
    }

    /**
     * Writes the statement that sets an existing user's password.
     *
     * @param user the user name
     * @param host the host part
     * @param password the new password
     * @return the statement, with the password masked in its shown form
     */
    public SqlStatement changePassword(String user, String host, Secret password) {
        String secret = literal(password.reveal());
        if (server.flavor() == ServerFlavor.MARIADB && !server.isAtLeast(10, 2, 0)) {
            String prefix = "SET PASSWORD FOR " + account(user, host) + " = PASSWORD(";
            return SqlStatement.withSecret(prefix + secret + ")", prefix + SqlQuoting.MASKED_LITERAL + ")");
        }
        String prefix = "ALTER USER " + account(user, host) + " IDENTIFIED BY ";
        return SqlStatement.withSecret(prefix + secret, prefix + SqlQuoting.MASKED_LITERAL);
    }

    /**
     * Writes a database-level {@code GRANT} whose database pattern is escaped, so it covers
     * exactly one database.
     *
     * @param privileges the privileges, in their declaration order
     * @param database the database name
     * @param user the user name
     * @param host the host part
     * @return the statement
     */
    public SqlStatement grant(Collection<DatabasePrivilege> privileges, String database, String user, String host) {
        String list = privileges.stream().sorted().map(DatabasePrivilege::sql).collect(Collectors.joining(", "));
        return SqlStatement.plain("GRANT " + list + " ON " + SqlQuoting.grantPattern(database) + ".* TO "
                + account(user, host));
    }

    /**
     * Quotes an account name for this session.
     *
     * @param user the user name
     * @param host the host part
     * @return {@code 'user'@'host'}
     */
    public String account(String user, String host) {
        return SqlQuoting.account(user, host, noBackslashEscapes);
    }

    private String literal(String text) {
        return SqlQuoting.literal(text, noBackslashEscapes);
    }
}
