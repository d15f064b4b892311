package org.lbkit.db.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lbkit.db.CharsetPolicy;
import org.lbkit.db.DatabasePrivilege;
import org.lbkit.db.LbDatabaseException;
import org.lbkit.db.PasswordCheck;
import org.lbkit.db.PasswordPolicy;
import org.lbkit.db.PasswordStatus;
import org.lbkit.db.ProvisioningStep;
import org.lbkit.db.StepKind;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.Finding;
import org.lbkit.model.IceWarpDbConnection;
import org.lbkit.model.InvalidConnectionStringException;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Severity;

/**
 * Compares what a cluster needs with what a server has and lists the steps, in the order they
 * must run: databases first, then accounts (one per node address), then one grant per database
 * and address. Every collation is checked before any step is produced, so a missing one stops
 * the run before anything is created.
 */
public final class Planner {

    private final ClusterTargets targets;
    private final ServerSnapshot server;
    private final SqlDialect dialect;
    private final ProvisioningOptions options;
    private final List<PlannedStep> steps = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private Planner(ClusterTargets targets, ServerSnapshot server, ProvisioningOptions options) {
        this.targets = targets;
        this.server = server;
        this.dialect = SqlDialect.of(server.server(), server.sqlMode());
        this.options = options;
    }

    /**
     * Plans the run.
     *
     * @param targets what the cluster needs
     * @param server what the server has
     * @param options the provisioner's options
     * @return the steps and findings
     * @throws LbDatabaseException of kind {@code UNKNOWN_COLLATION} when a collation is missing
     * @throws LbValidationException when the user name is too long for the server
     */
    public static Planner plan(ClusterTargets targets, ServerSnapshot server, ProvisioningOptions options) {
        Planner planner = new Planner(targets, server, options);
        Map<String, String> collations = planner.checkCollations();
        planner.checkUserName();

        collations.forEach(planner::planDatabase);
        targets.hosts().values().forEach(planner::planAccount);
        for (String database : targets.databases().keySet()) {
            targets.hosts().values().forEach(host -> planner.planGrant(database, host));
        }
        planner.noteConnectionStrings();
        return planner;
    }

    /**
     * Returns the planned steps in order.
     *
     * @return the steps with their statements
     */
    public List<PlannedStep> steps() {
        return steps;
    }

    /**
     * Returns what the planner noticed without acting on it.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }

    /** Returns each database's collation, after checking that all of them exist on the server. */
    private Map<String, String> checkCollations() {
        Map<String, String> byDatabase = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        targets.databases().forEach((database, roles) -> {
            Set<String> requested = roles.stream().map(options::collationOf)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (requested.size() > 1) {
                throw new LbValidationException("database '" + database + "' is shared by roles "
                        + targets.rolesOf(database) + " configured with different collations " + requested
                        + "; give those roles one collation");
            }
            String collation = requested.iterator().next();
            if (!server.collations().contains(collation)) {
                missing.add(collation);
            }
            byDatabase.put(database, collation);
        });
        if (!missing.isEmpty()) {
            throw new LbDatabaseException(LbDatabaseException.Kind.UNKNOWN_COLLATION, "the collation(s) " + missing
                    + " do not exist for utf8mb4 on " + server.server() + ", so nothing was created; choose one the"
                    + " server has, such as utf8mb4_unicode_ci (utf8mb4_0900_ai_ci exists only on MySQL 8.0 and"
                    + " newer)");
        }
        return byDatabase;
    }

    private void checkUserName() {
        int limit = dialect.maxUserNameLength();
        int length = targets.user().codePointCount(0, targets.user().length());
        if (limit > 0 && length > limit) {
            throw new LbValidationException("databases.user '" + targets.user() + "' has " + length
                    + " characters, but " + server.server() + " accepts at most " + limit + "; choose a shorter name");
        }
    }

    private void planDatabase(String database, String collation) {
        String target = SqlQuoting.identifier(database);
        Optional<SchemaInfo> existing = server.schema(database);
        if (existing.isEmpty()) {
            add(StepKind.CREATE_DATABASE, target, true, "database does not exist; used by "
                    + targets.rolesOf(database), dialect.createDatabase(database, collation));
            return;
        }
        SchemaInfo schema = existing.get();
        add(StepKind.CREATE_DATABASE, target, false, "database exists with " + schema.characterSet() + " / "
                + schema.collation(), dialect.createDatabase(database, collation));
        if (!schema.matches(collation)) {
            planCharsetDrift(schema, collation);
        }
    }

    private void planCharsetDrift(SchemaInfo schema, String collation) {
        String now = schema.characterSet() + " / " + schema.collation();
        String target = SqlQuoting.identifier(schema.name());
        if (options.charsetPolicy() == CharsetPolicy.CONVERT) {
            add(StepKind.ALTER_DATABASE_CHARSET, target, true, "default is " + now + "; CharsetPolicy.CONVERT"
                    + " changes it to utf8mb4 / " + collation, dialect.alterDatabaseCharset(schema.name(), collation));
            if (schema.tableCount() > 0) {
                findings.add(Finding.of("database-tables-keep-charset", Severity.WARNING, path(schema.name()),
                        "database '" + schema.name() + "' already holds " + schema.tableCount() + " table(s), which"
                                + " keep their own character set when the database default changes",
                        "convert each table with ALTER TABLE … CONVERT TO CHARACTER SET utf8mb4 COLLATE "
                                + collation + " after a backup, while IceWarp is stopped"));
            }
            return;
        }
        boolean charsetDiffers = !"utf8mb4".equalsIgnoreCase(schema.characterSet());
        findings.add(Finding.of("database-charset-drift", charsetDiffers ? Severity.WARNING : Severity.INFO,
                path(schema.name()), "database '" + schema.name() + "' uses " + now + " instead of utf8mb4 / "
                        + collation, "convert it with charsetPolicy(CharsetPolicy.CONVERT), or run "
                        + dialect.alterDatabaseCharset(schema.name(), collation).masked()));
    }

    private void planAccount(HostAddress address) {
        String host = address.host();
        String account = dialect.account(targets.user(), host);
        String nodes = "node(s) " + targets.nodesAt(host);
        if (!server.hasAccount(host)) {
            add(StepKind.CREATE_USER, account, true, "account does not exist; " + nodes + " connect from "
                    + host, dialect.createUser(targets.user(), host, targets.password()));
        } else {
            add(StepKind.CREATE_USER, account, false, "account exists; its password is changed only under"
                    + " PasswordPolicy.ALWAYS or IF_DIFFERENT", dialect.createUser(targets.user(), host, targets.password()));
            planPasswordChange(host, account);
        }
        noteAddress(address, nodes);
    }

    private void planPasswordChange(String host, String account) {
        if (options.passwordPolicy() == PasswordPolicy.ALWAYS) {
            add(StepKind.CHANGE_PASSWORD, account, true, "PasswordPolicy.ALWAYS sets the cluster file's"
                    + " password on every run", dialect.changePassword(targets.user(), host, targets.password()));
            return;
        }
        if (options.passwordPolicy() == PasswordPolicy.IF_DIFFERENT) {
            Optional<PasswordCheck> check = server.passwordCheck(host);
            boolean matches = check.map(c -> c.status() == PasswordStatus.MATCH).orElse(false);
            String reason = check.map(PasswordCheck::reason).orElse("the stored password could not be read");
            add(StepKind.CHANGE_PASSWORD, account, !matches, matches ? reason
                    : reason + "; PasswordPolicy.IF_DIFFERENT sets the cluster file's password",
                    dialect.changePassword(targets.user(), host, targets.password()));
        }
    }

    private void noteAddress(HostAddress address, String nodes) {
        if (address.kind() == HostAddress.Kind.DNS_NAME) {
            String server = this.server.skipNameResolve()
                    ? "this server runs with skip-name-resolve, so the account will never match"
                    : "servers running with skip-name-resolve never match such an account";
            findings.add(Finding.of("database-grant-dns-name", Severity.WARNING, "nodes",
                    nodes + " are granted by the DNS name '" + address.host() + "'; " + server,
                    "give the node its IP address in the cluster file"));
        }
        if (address.rewritten()) {
            findings.add(Finding.of("database-grant-address-form", Severity.INFO, "nodes", nodes + " address '"
                    + address.given() + "' is granted as '" + address.host() + "', the form the server compares",
                    "none needed; write the address in this form to silence this note"));
        }
    }

    private void planGrant(String database, HostAddress address) {
        String host = address.host();
        Set<DatabasePrivilege> granted = server.privileges(host, SqlQuoting.storedGrantPattern(database));
        Set<DatabasePrivilege> missing = EnumSet.noneOf(DatabasePrivilege.class);
        missing.addAll(options.privileges());
        missing.removeAll(granted);

        String target = dialect.account(targets.user(), host) + " on " + SqlQuoting.identifier(database);
        String reason = missing.isEmpty() ? "privileges already granted"
                : granted.isEmpty() ? "no privileges granted yet" : "privileges missing: " + missing;
        add(StepKind.GRANT, target, !missing.isEmpty(), reason,
                dialect.grant(options.privileges(), database, targets.user(), host));
    }

    /** Notes values that IceWarp's six-field connection string cannot carry, such as a {@code ;}. */
    private void noteConnectionStrings() {
        Set<String> reported = new LinkedHashSet<>();
        for (String database : targets.databases().keySet()) {
            try {
                IceWarpDbConnection.mysql(database, targets.user(), targets.password(), targets.server().host(),
                        targets.server().port()).format();
            } catch (InvalidConnectionStringException e) {
                String field = e.field().orElse("value");
                if (reported.add(field.equals("database") ? database : field)) {
                    findings.add(Finding.of("icewarp-connection-string", Severity.WARNING,
                            field.equals("database") ? path(database) : "databases." + field,
                            "the database is provisioned, but IceWarp cannot use it: " + e.getMessage(),
                            "choose a " + field + " without ';' or line breaks"));
                }
            }
        }
    }

    private void add(StepKind kind, String target, boolean pending, String reason, SqlStatement statement) {
        ProvisioningStep step = ProvisioningStep.builder().kind(kind).target(target).pending(pending).reason(reason)
                .sql(statement.masked()).build();
        steps.add(new PlannedStep(step, statement));
    }

    private String path(String database) {
        List<DatabaseRole> roles = targets.databases().getOrDefault(database, List.of());
        return roles.isEmpty() ? "databases" : "databases.names." + roles.get(0).key();
    }
}
