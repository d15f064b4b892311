package org.lbkit.db.internal;

/**
 * Matches database names against the patterns of database-level grants, where {@code %} stands
 * for any run of characters, {@code _} for one character and {@code \} escapes the next one.
 */
final class GrantPatterns {

    private GrantPatterns() {
    }

    /**
     * Returns whether a grant pattern covers a database.
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
        return matches(pattern, 0, database, 0);
    }

    private static boolean matches(String pattern, int p, String name, int n) {
        if (p == pattern.length()) {
            return n == name.length();
        }
        char c = pattern.charAt(p);
        if (c == '%') {
            for (int rest = n; rest <= name.length(); rest++) {
                if (matches(pattern, p + 1, name, rest)) {
                    return true;
                }
            }
            return false;
        }
        if (n == name.length()) {
            return false;
        }
        if (c == '_') {
            return matches(pattern, p + 1, name, n + 1);
        }
        if (c == '\\' && p + 1 < pattern.length()) {
            return pattern.charAt(p + 1) == name.charAt(n) && matches(pattern, p + 2, name, n + 1);
        }
        return c == name.charAt(n) && matches(pattern, p + 1, name, n + 1);
    }
}
