package org.lbkit.db.internal;

/**
 * Matches database names against the patterns of database-level grants, where {@code %} stands
 * for any run of characters, {@code _} for one character and {@code \} escapes the next one.
 *
 * <p>MySQL 8.0.16 and newer with {@code partial_revokes} enabled read unescaped {@code %} and
 * {@code _} as literal characters instead (MySQL 8.4 manual, "Privilege Restriction Using Partial
 * Revokes"); the methods taking a {@code wildcards} flag cover both readings.
 */
final class GrantPatterns {

    /** The rank of a pattern without wildcard, above any wildcard position the server records. */
    static final int EXACT_RANK = 128;

    private static final int LAST_WILDCARD_RANK = 127;

    private GrantPatterns() {
    }

    /**
     * Returns whether a grant pattern covers a database, with {@code %} and {@code _} as wildcards.
     *
     * <pre>
     * iw\_gw  covers iw_gw, not iwXgw
     * iw_gw   covers iw_gw and iwXgw
     * iw%     covers iw_gw and iw-accounts
     * </pre>
     *
     * @param pattern the pattern as stored, such as {@code iw\_gw}
     * @param database the database name
     * @return {@code true} when the grant applies to the database
     */
    static boolean covers(String pattern, String database) {
        return covers(pattern, database, true);
    }

    /**
     * Returns whether a grant pattern covers a database.
     *
     * <pre>
     * pattern  database  wildcards=true  wildcards=false
     * iw_gw    iwXgw     true            false
     * iw_gw    iw_gw     true            true
     * iw\_gw   iw_gw     true            true
     * </pre>
     *
     * @param pattern the pattern as stored
     * @param database the database name
     * @param wildcards whether unescaped {@code %} and {@code _} are wildcards on this server
     * @return {@code true} when the grant applies to the database
     */
    static boolean covers(String pattern, String database, boolean wildcards) {
        return matches(pattern, 0, database, 0, wildcards);
    }

    /**
     * Returns whether a pattern contains an unescaped {@code %} or {@code _}, and so covers
     * more than one database name wherever those are wildcards.
     *
     * @param pattern the pattern as stored
     * @return {@code true} for {@code iw_gw} or {@code iw%}, {@code false} for {@code iw\_gw}
     */
    static boolean hasWildcard(String pattern) {
        return firstWildcard(pattern) > 0;
    }

    /**
     * Returns how the server ranks a pattern when several grants cover one database: the
     * 1-based position of its first unescaped wildcard, at most 127, or {@link #EXACT_RANK}
     * without one. The server takes the grant of the highest rank, so an exact name beats any
     * pattern, and {@code iw_gw} (rank 3) beats {@code i%} (rank 2).
     *
     * @param pattern the pattern as stored
     * @param wildcards whether unescaped {@code %} and {@code _} are wildcards on this server
     * @return the rank, from 1 to 128
     */
    static int rank(String pattern, boolean wildcards) {
        int position = wildcards ? firstWildcard(pattern) : 0;
        return position == 0 ? EXACT_RANK : Math.min(position, LAST_WILDCARD_RANK);
    }

    /** Returns the 1-based position of the first unescaped wildcard, or 0 when there is none. */
    private static int firstWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                i++;
            } else if (c == '%' || c == '_') {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean matches(String pattern, int p, String name, int n, boolean wildcards) {
        if (p == pattern.length()) {
            return n == name.length();
        }
        char c = pattern.charAt(p);
        if (c == '%' && wildcards) {
            for (int rest = n; rest <= name.length(); rest++) {
                if (matches(pattern, p + 1, name, rest, true)) {
                    return true;
                }
            }
            return false;
        }
        if (n == name.length()) {
            return false;
        }
        if (c == '_' && wildcards) {
            return matches(pattern, p + 1, name, n + 1, true);
        }
        if (c == '\\' && p + 1 < pattern.length()) {
            return pattern.charAt(p + 1) == name.charAt(n) && matches(pattern, p + 2, name, n + 1, wildcards);
        }
        return c == name.charAt(n) && matches(pattern, p + 1, name, n + 1, wildcards);
    }
}
