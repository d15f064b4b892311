package org.lbkit.db.internal;

import java.util.List;
import java.util.Set;

import org.lbkit.db.DatabasePrivilege;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.Finding;
import org.lbkit.model.Severity;

/** The findings of an access verification: what is wrong, where in the cluster, and the fix. */
final class AccessFindings {

    private static final String APPLY_AGAIN = "run apply(cluster) again";

    private AccessFindings() {
    }

    static Finding databaseMissing(DatabaseRole role, String database, String server) {
        return Finding.of("database-missing", Severity.ERROR, rolePath(role), "database '" + database + "' of role "
                + role.key() + " does not exist on " + server, APPLY_AGAIN + ", which creates it");
    }

    static Finding charsetNotUtf8mb4(DatabaseRole role, SchemaInfo schema, String alter) {
        return Finding.of("database-charset", Severity.ERROR, rolePath(role), "database '" + schema.name()
                + "' uses " + schema.characterSet() + " / " + schema.collation() + " instead of utf8mb4, so"
                + " IceWarp cannot store every character", "run apply(cluster) with"
                + " charsetPolicy(CharsetPolicy.CONVERT), or run " + alter);
    }

    static Finding collationDiffers(DatabaseRole role, SchemaInfo schema, String expected, String alter) {
        return Finding.of("database-collation", Severity.WARNING, rolePath(role), "database '" + schema.name()
                + "' uses the collation " + schema.collation() + " instead of the configured " + expected,
                "run apply(cluster) with charsetPolicy(CharsetPolicy.CONVERT), or run " + alter);
    }

    static Finding tablesMissing(DatabaseRole role, String database, String hint) {
        return Finding.of("icewarp-tables-missing", Severity.INFO, rolePath(role), "database '" + database
                + "' holds no IceWarp tables yet (no MetaData table)", hint);
    }

    static Finding accountMissing(String node, String path) {
        return Finding.of("database-account-missing", Severity.ERROR, path + ".address", node + ": the account"
                + " does not exist, so the server rejects the node's login", APPLY_AGAIN
                + ", which creates one account per node address and grants it each database");
    }

    static Finding nameNeverMatches(String node, String path) {
        return Finding.of("database-grant-dns-name", Severity.ERROR, path + ".address", node + ": the server runs"
                + " with skip-name-resolve, so it never matches an account whose host is a DNS name",
                "give the node its IP address in the cluster file, then run apply(cluster) again");
    }

    static Finding accountLocked(String node, String path, String account) {
        return Finding.of("database-account-locked", Severity.ERROR, path, node + ": the account is locked, so"
                + " the server rejects every login", "run ALTER USER " + account + " ACCOUNT UNLOCK");
    }

    static Finding passwordExpired(String node, String path) {
        return Finding.of("database-password-expired", Severity.ERROR, path, node + ": the account's password has"
                + " expired, so a login may do nothing but change it", "run apply(cluster) with"
                + " passwordPolicy(PasswordPolicy.ALWAYS), which sets the password anew");
    }

    static Finding passwordMismatch(String node, String reason) {
        return Finding.of("database-password-mismatch", Severity.ERROR, "databases.password", node + ": " + reason
                + ", so the server rejects the node's login", "run apply(cluster) with"
                + " passwordPolicy(PasswordPolicy.ALWAYS) to set databases.password on every account, or put the"
                + " account's actual password in databases.password");
    }

    static Finding passwordUnchecked(String node, String nodeName, String path, String reason) {
        return Finding.of("database-password-unchecked", Severity.INFO, path, node + ": the password cannot be"
                + " checked from here because " + reason, "run verify(cluster) on " + nodeName
                + ", which logs in as the cluster user");
    }

    static Finding privilegesMissing(String node, String path, String database, String roles,
            Set<DatabasePrivilege> missing) {
        return Finding.of("database-privileges-missing", Severity.ERROR, path, node + " lacks " + missing + " on "
                + SqlQuoting.identifier(database) + " (" + roles + ")", APPLY_AGAIN + ", which grants them");
    }

    static Finding wildcardGrant(String node, String path, String account, String pattern, List<String> databases) {
        return Finding.of("database-grant-wildcard", Severity.WARNING, path, node + " is granted on the pattern "
                + SqlQuoting.identifier(pattern) + ", whose unescaped '_' or '%' covers not only " + databases
                + " but every database name it matches", "run REVOKE ALL PRIVILEGES ON "
                + SqlQuoting.identifier(pattern) + ".* FROM " + account + ", then " + APPLY_AGAIN
                + ", which grants each database by its escaped name");
    }

    private static String rolePath(DatabaseRole role) {
        return "databases.names." + role.key();
    }
}
