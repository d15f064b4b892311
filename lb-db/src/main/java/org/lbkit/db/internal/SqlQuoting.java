package org.lbkit.db.internal;

import org.lbkit.model.LbValidationException;

/**
 * Quotes identifiers, database-level grant patterns and string literals for MySQL and MariaDB.
 *
 * <p>Servers accept no {@code ?} parameter in {@code CREATE USER … IDENTIFIED BY} or
 * {@code ALTER USER} (MariaDB 10.11 answers error 1064 to {@code PREPARE} of such a statement),
 * so passwords in those statements are written as literals by {@link #literal(String, boolean)}.
 * The connection's character set is always utf8mb4, in which no multi-byte character contains
 * the byte of {@code '} or {@code \}, so escaping those two characters is enough.
 */
public final class SqlQuoting {

    /** What a masked password looks like in SQL shown to people. */
    public static final String MASKED_LITERAL = "'****'";

    private SqlQuoting() {
    }

    /**
     * Quotes an identifier in backticks, doubling any backtick inside.
     *
     * <pre>
     * iw_gw        → `iw_gw`
     * iw-accounts  → `iw-accounts`
     * a`b          → `a``b`
     * </pre>
     *
     * @param name the identifier
     * @return the quoted identifier
     */
    public static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * Quotes a database name as the pattern of a database-level {@code GRANT}, in which {@code _}
     * and {@code %} are wildcards: both are escaped with a backslash, so the grant covers exactly
     * this database.
     *
     * <pre>
     * iw_gw        → `iw\_gw`      (does not cover iwXgw)
     * iw%          → `iw\%`
     * iw-accounts  → `iw-accounts`
     * </pre>
     *
     * @param database the database name
     * @return the quoted, escaped pattern
     */
    public static String grantPattern(String database) {
        StringBuilder pattern = new StringBuilder(database.length() + 4);
        for (char c : database.toCharArray()) {
            if (c == '_' || c == '%' || c == '\\') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return identifier(pattern.toString());
    }

    /**
     * Returns the grant pattern of a database as the server stores it, without backticks: the
     * form found in {@code information_schema.SCHEMA_PRIVILEGES.TABLE_SCHEMA}.
     *
     * @param database the database name
     * @return the escaped pattern
     */
    public static String storedGrantPattern(String database) {
        String quoted = grantPattern(database);
        return quoted.substring(1, quoted.length() - 1).replace("``", "`");
    }

    /**
     * Quotes a string literal in single quotes.
     *
     * <p>A quote is doubled ({@code ''}), which every sql_mode accepts. A backslash is doubled,
     * and NUL written as {@code \0}, unless the session runs with {@code NO_BACKSLASH_ESCAPES},
     * where a backslash is an ordinary character.
     *
     * <pre>
     * it's          → 'it''s'
     * a\b           → 'a\\b'   ('a\b' under NO_BACKSLASH_ESCAPES)
     * </pre>
     *
     * @param text the text
     * @param noBackslashEscapes whether the session's sql_mode contains NO_BACKSLASH_ESCAPES
     * @return the literal
     * @throws LbValidationException when the text contains NUL under NO_BACKSLASH_ESCAPES, where
     *         no literal can carry it
     */
    public static String literal(String text, boolean noBackslashEscapes) {
        StringBuilder literal = new StringBuilder(text.length() + 8).append('\'');
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                literal.append("''");
            } else if (c == '\\' && !noBackslashEscapes) {
                literal.append("\\\\");
            } else if (c == '\0') {
                if (noBackslashEscapes) {
                    throw new LbValidationException("a value passed to the server contains a NUL character,"
                            + " which no string literal can carry when sql_mode has NO_BACKSLASH_ESCAPES;"
                            + " remove the NUL character");
                }
                literal.append("\\0");
            } else {
                literal.append(c);
            }
        }
        return literal.append('\'').toString();
    }

    /**
     * Quotes an account name as {@code 'user'@'host'}.
     *
     * @param user the user name
     * @param host the host part: an address or a name
     * @param noBackslashEscapes whether the session's sql_mode contains NO_BACKSLASH_ESCAPES
     * @return the quoted account
     */
    public static String account(String user, String host, boolean noBackslashEscapes) {
        return literal(user, noBackslashEscapes) + "@" + literal(host, noBackslashEscapes);
    }
}
