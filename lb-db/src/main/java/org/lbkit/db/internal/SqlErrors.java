package org.lbkit.db.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Set;

import org.lbkit.db.LbDatabaseException;
import org.lbkit.db.LbDatabaseException.Kind;

/** Turns driver and pool failures into {@link LbDatabaseException}s whose kind a caller can act on. */
public final class SqlErrors {

    /**
     * Server errors that reject the login: 1045 wrong password, 1698 no password accepted,
     * 1130 host not allowed, 1251 authentication method not supported by the client.
     */
    private static final Set<Integer> AUTHENTICATION = Set.of(1045, 1698, 1130, 1251);

    /**
     * Server errors about a missing privilege: 1044 database access denied, 1142 table command
     * denied, 1227 needs a privilege such as CREATE USER, 1410 not allowed to create a user with
     * GRANT, 1419/1370 routine privileges.
     */
    private static final Set<Integer> PRIVILEGES = Set.of(1044, 1142, 1227, 1410, 1370, 1419);

    private SqlErrors() {
    }

    /**
     * Classifies a failure.
     *
     * @param failure the exception from the pool or the driver
     * @return the kind
     */
    public static Kind kindOf(Throwable failure) {
        SQLException sql = deepestSqlException(failure);
        if (sql != null && AUTHENTICATION.contains(sql.getErrorCode())) {
            return Kind.AUTHENTICATION_FAILED;
        }
        if (sql != null && PRIVILEGES.contains(sql.getErrorCode())) {
            return Kind.MISSING_PRIVILEGES;
        }
        boolean connectionState = sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
        if (hasNetworkCause(failure) || connectionState) {
            return Kind.UNREACHABLE;
        }
        return Kind.STATEMENT_FAILED;
    }

    /**
     * Translates a failure to open a connection.
     *
     * @param failure the exception from the pool or the driver
     * @param jdbcUrl the URL connected to
     * @param user the user name
     * @param scrubber removes the password from driver messages
     * @return the exception to throw
     */
    public static LbDatabaseException connectFailure(Throwable failure, String jdbcUrl, String user,
            SecretScrubber scrubber) {
        SQLException sql = deepestSqlException(failure);
        Kind kind = kindOf(failure);
        String url = JdbcUrls.redact(jdbcUrl);
        String detail = scrubber.scrub(describe(failure, sql));
        String message;
        switch (kind) {
            case AUTHENTICATION_FAILED:
                message = "the database server at " + url + " rejected the login of user '" + user + "': " + detail
                        + "; check the user name and the password, and that the account exists for the address"
                        + " this program connects from";
                break;
            case UNREACHABLE:
                message = "cannot reach the database server at " + url + " as user '" + user + "': " + detail
                        + "; check the host and port, that the server is running and listening there, and"
                        + " that no firewall blocks the port";
                break;
            default:
                message = "cannot connect to the database server at " + url + " as user '" + user + "': " + detail;
        }
        return new LbDatabaseException(kind, message, jdbcUrl, sql == null ? null : sql.getSQLState(),
                sql == null ? 0 : sql.getErrorCode(), sql == null ? null : scrubber.scrub(sql));
    }

    /**
     * Translates a failed query or statement outside the provisioning steps.
     *
     * @param what what was being done, such as {@code read the server's collations}
     * @param e the driver's exception
     * @param jdbcUrl the URL connected to
     * @param scrubber removes passwords from the message
     * @return the exception to throw
     */
    public static LbDatabaseException statementFailure(String what, SQLException e, String jdbcUrl,
            SecretScrubber scrubber) {
        Kind kind = kindOf(e);
        String fix = kind == Kind.MISSING_PRIVILEGES
                ? "; grant the administration user the privilege named in the message" : "";
        return new LbDatabaseException(kind, "cannot " + what + " on " + JdbcUrls.redact(jdbcUrl) + ": "
                + scrubber.scrub(describe(e, e)) + fix, jdbcUrl, e.getSQLState(), e.getErrorCode(), scrubber.scrub(e));
    }

    /** Returns the first line of the driver's message, its root cause, SQLState and vendor code. */
    static String describe(Throwable failure, SQLException sql) {
        Throwable shown = sql != null ? sql : failure;
        String text = firstLine(shown.getMessage());
        Throwable root = rootCause(failure);
        if (root != shown && root.getMessage() != null && !text.contains(root.getMessage())) {
            text += " (" + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage()) + ")";
        }
        if (sql != null) {
            text += " [SQLState " + sql.getSQLState() + ", vendor code " + sql.getErrorCode() + "]";
        }
        return text;
    }

    static SQLException deepestSqlException(Throwable failure) {
        SQLException deepest = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                deepest = (SQLException) t;
            }
        }
        return deepest;
    }

    private static boolean hasNetworkCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }
}
