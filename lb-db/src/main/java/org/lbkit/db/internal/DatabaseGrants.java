package org.lbkit.db.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lbkit.db.DatabasePrivilege;

/**
 * Resolves which database-level grant of one account applies to a database, as the server
 * does: of the {@code mysql.db} rows whose pattern covers the database, only the most specific
 * counts, and its privileges are not added to those of the other rows. An exact name therefore
 * beats {@code iw_gw}, and a privilege revoked on {@code iw\_gw} stays missing even when a
 * broader pattern grants it.
 *
 * <p>The server sorts the rows by the position of their first wildcard and takes the first that
 * matches (MySQL {@code get_sort} and {@code acl_get}, MariaDB {@code acl_db_find}). Rows of equal
 * rank are taken in an order no manual documents, so their privileges are intersected here:
 * the result may report a privilege missing that the server grants, never the reverse.
 */
// NOTE: grants through roles, rows whose host is a pattern ('icewarp'@'192.168.100.%') and MySQL
// partial revokes of global privileges are not read; each can only make a privilege look missing.
final class DatabaseGrants {

    private DatabaseGrants() {
    }

    /**
     * The grant that applies to one database.
     *
     * @param privileges the privileges the applying row grants, empty when no row covers it
     * @param wildcardPatterns the covering patterns with an unescaped wildcard, which also cover
     *        other database names
     */
    record Resolution(Set<DatabasePrivilege> privileges, List<String> wildcardPatterns) {
    }

    /**
     * Resolves the grant of one account that applies to a database.
     *
     * <pre>
     * rows                                  database  privileges      wildcard patterns
     * iw\_gw: SELECT                        iw_gw     SELECT          none
     * iw\_gw: SELECT; iw_gw: SELECT, ALTER  iw_gw     SELECT          iw_gw
     * iw_gw: SELECT, ALTER                  iw_gw     SELECT, ALTER   iw_gw
     * iw%: SELECT; i%: ALTER                iw_gw     SELECT          iw%, i%
     * </pre>
     *
     * @param grants the account's rows: privileges by stored pattern
     * @param database the database name
     * @param wildcards whether unescaped {@code %} and {@code _} are wildcards on this server
     * @return the resolution
     */
    static Resolution resolve(Map<String, Set<DatabasePrivilege>> grants, String database, boolean wildcards) {
        int best = 0;
        Set<DatabasePrivilege> privileges = EnumSet.noneOf(DatabasePrivilege.class);
        List<String> wildcardPatterns = new ArrayList<>();
        for (Map.Entry<String, Set<DatabasePrivilege>> row : grants.entrySet()) {
            String pattern = row.getKey();
            if (!GrantPatterns.covers(pattern, database, wildcards)) {
                continue;
            }
            if (wildcards && GrantPatterns.hasWildcard(pattern)) {
                wildcardPatterns.add(pattern);
            }

            int rank = GrantPatterns.rank(pattern, wildcards);
            if (rank > best) {
                best = rank;
                privileges = EnumSet.noneOf(DatabasePrivilege.class);
                privileges.addAll(row.getValue());
            } else if (rank == best) {
                privileges.retainAll(row.getValue());
            }
        }
        wildcardPatterns.sort(null);
        return new Resolution(privileges, List.copyOf(wildcardPatterns));
    }
}
