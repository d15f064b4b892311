package org.lbkit.db.internal;

import java.util.Objects;

/**
 * One SQL statement, with the text the server runs and the text shown to people, in which every
 * password is replaced by {@code '****'}. {@link #toString()} returns the masked text.
 */
public final class SqlStatement {

    private final String sql;
    private final String masked;

    private SqlStatement(String sql, String masked) {
        this.sql = sql;
        this.masked = masked;
    }

    /**
     * Creates a statement that carries no secret.
     *
     * @param sql the text
     * @return the statement, whose masked text is the text itself
     */
    public static SqlStatement plain(String sql) {
        return new SqlStatement(sql, sql);
    }

    /**
     * Creates a statement that carries a secret.
     *
     * @param sql the text the server runs
     * @param masked the same text with the secret replaced by {@code '****'}
     * @return the statement
     */
    public static SqlStatement withSecret(String sql, String masked) {
        return new SqlStatement(Objects.requireNonNull(sql, "sql"), Objects.requireNonNull(masked, "masked"));
    }

    /**
     * Returns the text to send to the server; never log it.
     *
     * @return the text
     */
    public String sql() {
        return sql;
    }

    /**
     * Returns the text with passwords masked.
     *
     * @return the masked text
     */
    public String masked() {
        return masked;
    }

    /** Returns the masked text. */
    @Override
    public String toString() {
        return masked;
    }
}
