package org.lbkit.db.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lbkit.db.DatabasePrivilege;
import org.lbkit.db.NodeAccess;
import org.lbkit.db.PasswordCheck;
import org.lbkit.db.PasswordStatus;
import org.lbkit.db.RoleAccess;
import org.lbkit.db.RoleGrant;
import org.lbkit.db.SkippedRole;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.Finding;
import org.lbkit.model.Node;

/**
 * Compares what each node needs with what the grant tables and {@code information_schema}
 * contain: per role the database, per node the account, its password and its privileges on each
 * database. It reads snapshots taken over the administration connection and queries nothing.
 */
final class AccessChecker {

    private final Cluster cluster;
    private final ClusterTargets targets;
    private final ServerSnapshot server;
    private final AccountSnapshot accounts;
    private final Map<String, Boolean> icewarpTables;
    private final ProvisioningOptions options;
    private final SqlDialect dialect;

    AccessChecker(Cluster cluster, ClusterTargets targets, ServerSnapshot server, AccountSnapshot accounts,
            Map<String, Boolean> icewarpTables, ProvisioningOptions options) {
        this.cluster = cluster;
        this.targets = targets;
        this.server = server;
        this.accounts = accounts;
        this.icewarpTables = icewarpTables;
        this.options = options;
        this.dialect = SqlDialect.of(server.server(), server.sqlMode());
    }

    /** Returns each role's database, in role order. */
    List<RoleAccess> roles() {
        List<RoleAccess> roles = new ArrayList<>();
        for (DatabaseRole role : DatabaseRole.values()) {
            roles.add(role(role));
        }
        return roles;
    }

    /** Returns each node's access, in node order. */
    List<NodeAccess> nodes() {
        List<NodeAccess> nodes = new ArrayList<>();
        for (int i = 0; i < cluster.nodes().size(); i++) {
            nodes.add(node(i, cluster.nodes().get(i)));
        }
        return nodes;
    }

    private RoleAccess role(DatabaseRole role) {
        String database = cluster.databases().name(role);
        RoleAccess.Builder result = RoleAccess.builder().role(role).database(database);
        Optional<SkippedRole> skipped = targets.skippedRoles().stream().filter(s -> s.role() == role).findFirst();
        if (skipped.isPresent()) {
            return result.skippedReason(skipped.get().reason()).build();
        }

        String expected = options.collationOf(role);
        result.expectedCollation(expected);
        Optional<SchemaInfo> schema = server.schema(database);
        if (schema.isEmpty()) {
            return result.addFindings(AccessFindings.databaseMissing(role, database, server.server().toString()))
                    .build();
        }

        SchemaInfo found = schema.get();
        result.present(true).characterSet(found.characterSet()).collation(found.collation());
        String alter = dialect.alterDatabaseCharset(database, expected).masked();
        if (!"utf8mb4".equalsIgnoreCase(found.characterSet())) {
            result.addFindings(AccessFindings.charsetNotUtf8mb4(role, found, alter));
        } else if (!found.matches(expected)) {
            result.addFindings(AccessFindings.collationDiffers(role, found, expected, alter));
        }

        boolean tables = icewarpTables.getOrDefault(database, false);
        result.icewarpTablesPresent(tables);
        if (!tables) {
            String hint = CreateTablesHints.hint(cluster, role, database);
            result.createTablesHint(hint).addFindings(AccessFindings.tablesMissing(role, database, hint));
        }
        return result.build();
    }

    private NodeAccess node(int index, Node node) {
        HostAddress address = HostAddress.parse(node.address());
        String host = address.host();
        String account = dialect.account(targets.user(), host);
        String label = "node " + node.name() + " (" + account + ")";
        String path = "nodes[" + index + "]";
        GrantCheck grants = grants(host, label, path);
        NodeAccess.Builder result = NodeAccess.builder().nodeName(node.name()).address(node.address())
                .account(account).grants(grants.grants());
        if (address.kind() == HostAddress.Kind.DNS_NAME && server.skipNameResolve()) {
            result.addFindings(AccessFindings.nameNeverMatches(label, path));
        }

        Optional<AccountAuth> auth = accounts.account(host);
        result.accountExists(auth.isPresent());
        if (auth.isEmpty()) {
            return result.password(PasswordCheck.builder().status(PasswordStatus.UNKNOWN)
                    .reason("the account does not exist").build())
                    .addFindings(AccessFindings.accountMissing(label, path)).build();
        }

        AccountAuth found = auth.get();
        result.accountLocked(found.locked()).passwordExpired(found.passwordExpired());
        if (found.locked()) {
            result.addFindings(AccessFindings.accountLocked(label, path, account));
        }
        if (found.passwordExpired()) {
            result.addFindings(AccessFindings.passwordExpired(label, path));
        }
        PasswordCheck password = PasswordChecks.check(found, targets.password());
        result.password(password);
        if (password.status() == PasswordStatus.MISMATCH) {
            result.addFindings(AccessFindings.passwordMismatch(label, password.reason()));
        } else if (password.status() == PasswordStatus.UNKNOWN) {
            result.addFindings(AccessFindings.passwordUnchecked(label, node.name(), path, password.reason()));
        }
        return result.addAllFindings(grants.findings()).build();
    }

    /**
     * Resolves the account's grant on every database, with one finding per database lacking
     * privileges and one per wildcard pattern.
     */
    private GrantCheck grants(String host, String label, String path) {
        Set<DatabasePrivilege> global = accounts.account(host).map(AccountAuth::globalPrivileges).orElse(Set.of());
        Map<String, DatabaseGrant> byDatabase = new LinkedHashMap<>();
        Map<String, List<String>> wildcardDatabases = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        targets.databases().forEach((database, roles) -> {
            DatabaseGrants.Resolution resolution = DatabaseGrants.resolve(server.grants(host), database,
                    accounts.grantWildcards());
            Set<DatabasePrivilege> missing = EnumSet.noneOf(DatabasePrivilege.class);
            missing.addAll(options.privileges());
            missing.removeAll(global);
            missing.removeAll(resolution.privileges());
            if (!missing.isEmpty()) {
                findings.add(AccessFindings.privilegesMissing(label, path, database, targets.rolesOf(database),
                        missing));
            }
            resolution.wildcardPatterns().forEach(p -> wildcardDatabases.computeIfAbsent(p, k -> new ArrayList<>())
                    .add(database));
            byDatabase.put(database, new DatabaseGrant(missing, resolution.wildcardPatterns()));
        });

        wildcardDatabases.forEach((pattern, databases) -> findings.add(AccessFindings.wildcardGrant(label, path,
                dialect.account(targets.user(), host), pattern, databases)));
        return new GrantCheck(roleGrants(byDatabase), findings);
    }

    private List<RoleGrant> roleGrants(Map<String, DatabaseGrant> byDatabase) {
        List<RoleGrant> grants = new ArrayList<>();
        for (DatabaseRole role : DatabaseRole.values()) {
            String database = cluster.databases().name(role);
            DatabaseGrant grant = byDatabase.get(database);
            if (grant != null && targets.databases().get(database).contains(role)) {
                grants.add(RoleGrant.builder().role(role).database(database).missingPrivileges(grant.missing())
                        .wildcardGrants(grant.wildcardPatterns()).build());
            }
        }
        return grants;
    }

    /** The account's grant on one database. */
    private record DatabaseGrant(Set<DatabasePrivilege> missing, List<String> wildcardPatterns) {
    }

    /** The grants of one account and the findings about them. */
    private record GrantCheck(List<RoleGrant> grants, List<Finding> findings) {
    }
}
