package org.lbkit.db;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.lbkit.db.internal.AdminSession;
import org.lbkit.db.internal.ClusterTargets;
import org.lbkit.db.internal.ConnectionSettings;
import org.lbkit.db.internal.JdbcUrls;
import org.lbkit.db.internal.ProvisioningOptions;
import org.lbkit.db.internal.Verifier;
import org.lbkit.model.Cluster;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.LbValidationException;
import org.lbkit.model.Secret;

/**
 * Creates a cluster's databases, its database user (one account per node address) and the
 * grants, on MySQL 5.7.6 to 9.x or MariaDB 10.1.3 to 11.x, and checks the result as IceWarp
 * will see it.
 *
 * <pre>{@code
 * DatabaseProvisioner provisioner = DatabaseProvisioner.builder()
 *         .jdbcUrl("jdbc:mysql://192.168.100.80:3306/")
 *         .adminUser("root")
 *         .adminPassword(Secret.fromEnv("MYSQL_ROOT_PASSWORD"))
 *         .build();
 * ProvisioningPlan plan = provisioner.plan(cluster);     // reads, changes nothing
 * ProvisioningReport report = provisioner.apply(cluster); // runs the pending steps
 * AccessReport access = provisioner.verifyAccess(cluster); // as the admin, from anywhere
 * VerificationReport check = provisioner.verify(cluster); // as the cluster user, on a node
 * }</pre>
 *
 * <p>Two verifications exist because the cluster user's accounts exist only for the node
 * addresses. {@link #verifyAccess} logs in as the administration user, so it works wherever
 * {@link #apply} works, such as an administrator's machine, and checks every node's account at
 * once by reading the grant tables: use it in a rollout right after {@code apply}.
 * {@link #verify} logs in as the cluster user and sees what the server really grants to that
 * connection, password included, but only for the node it runs on: use it on each node.
 *
 * <p>Every call opens its own small connection pool and closes it before returning, so a
 * provisioner keeps no resources open and may be shared between threads. {@link #apply} is
 * idempotent: run again, it finds every step done and applies nothing (unless
 * {@link PasswordPolicy#ALWAYS} is set). Two provisioners running against one server at once are
 * serialised by a server-side lock ({@code GET_LOCK}); a run cut off half-way is completed by
 * the next one.
 */
public final class DatabaseProvisioner {

    private final ProvisioningOptions options;

    private DatabaseProvisioner(ProvisioningOptions options) {
        this.options = options;
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the server and returns the steps {@link #apply} would take, changing nothing.
     *
     * @param cluster the cluster whose databases to plan
     * @return the plan, with every password masked
     * @throws LbDatabaseException when the server cannot be reached, rejects the login, lacks
     *         a collation, or the administration user lacks privileges
     * @throws LbValidationException when a database name, the user or a node address is invalid
     */
    public ProvisioningPlan plan(Cluster cluster) {
        ClusterTargets targets = ClusterTargets.of(cluster);
        try (AdminSession session = AdminSession.open(adminUrl(cluster), options)) {
            return session.plan(targets);
        }
    }

    /**
     * Brings the server to the state the cluster needs: creates missing databases (utf8mb4 with
     * the configured collation), missing accounts for every node address, and missing grants.
     * The run takes the provisioning lock, plans under it, and stops at the first failed step;
     * the report lists which steps were applied, unchanged, failed or not run.
     *
     * @param cluster the cluster whose databases to provision
     * @return the report
     * @throws LbDatabaseException when the server cannot be reached, rejects the login, lacks
     *         a collation, the administration user lacks privileges, or the lock times out
     * @throws LbValidationException when a database name, the user or a node address is invalid
     */
    public ProvisioningReport apply(Cluster cluster) {
        long start = System.nanoTime();
        ClusterTargets targets = ClusterTargets.of(cluster);
        try (AdminSession session = AdminSession.open(adminUrl(cluster), options)) {
            return session.apply(targets, start);
        }
    }

    /**
     * Logs in as the cluster's database user, at the cluster's database server, and reports per
     * role whether the database is present, uses utf8mb4, grants the configured privileges, and
     * contains IceWarp's tables ({@code MetaData}); when the tables are missing, the report gives
     * the {@code tool create tables} command to run on the master.
     *
     * <p>The cluster user's accounts exist only for the node addresses, so run this on a node;
     * elsewhere the server rejects the login with an
     * {@link LbDatabaseException.Kind#AUTHENTICATION_FAILED} error. From an administrator's
     * machine, use {@link #verifyAccess}, which checks every node's account through the
     * administration user.
     *
     * @param cluster the cluster whose databases to verify
     * @return the report
     * @throws LbDatabaseException when the server cannot be reached or rejects the login
     */
    public VerificationReport verify(Cluster cluster) {
        return Verifier.verify(cluster, options);
    }

    /**
     * Logs in as the administration user and reports, without changing anything, what every
     * node of the cluster will meet when it logs in: per role, the database under its exact
     * name, its character set and collation, and whether IceWarp's tables exist (with the
     * {@code tool create tables} command when they do not); per node, whether the account
     * {@code '<user>'@'<address>'} exists, is locked or expired, holds every configured privilege
     * on each database, and whether its password is the cluster's.
     *
     * <p>Privileges are resolved as the server resolves database-level grants: of the grants
     * whose pattern covers a database, only the most specific counts, and a grant on a pattern
     * with an unescaped {@code _} or {@code %} (such as {@code iw_gw}, which also covers
     * {@code iwXgw}) is reported as a warning. Passwords are compared with the stored
     * {@code mysql_native_password} hash, computed locally so the password is never sent;
     * accounts using another method ({@code caching_sha2_password}, the MySQL 8 default, among
     * them) are reported {@link PasswordStatus#UNKNOWN}, and {@link #verify} on the node is then
     * the way to check the password.
     *
     * <p>The administration user needs only the global SELECT privilege for this. Run it from
     * wherever {@link #apply} runs; {@link AccessReport#requireReady()} stops a rollout at a
     * failed verification.
     *
     * @param cluster the cluster whose databases and accounts to verify
     * @return the report, which contains no password or password hash
     * @throws LbDatabaseException when the server cannot be reached, rejects the login, or the
     *         administration user lacks the global SELECT privilege
     * @throws LbValidationException when a database name, the user or a node address is invalid
     */
    public AccessReport verifyAccess(Cluster cluster) {
        ClusterTargets targets = ClusterTargets.of(cluster);
        try (AdminSession session = AdminSession.openForReading(adminUrl(cluster), options)) {
            return session.verifyAccess(cluster, targets);
        }
    }

    private String adminUrl(Cluster cluster) {
        return options.jdbcUrl().orElseGet(() -> JdbcUrls.forServer(cluster.databases().server()));
    }

    /** Returns the options set, with the URL redacted and the password masked. */
    @Override
    public String toString() {
        return "DatabaseProvisioner{jdbcUrl=" + options.jdbcUrl().map(JdbcUrls::redact).orElse("(cluster's server)")
                + ", adminUser=" + options.adminUser() + ", adminPassword=" + options.adminPassword()
                + ", privileges=" + options.privileges() + ", collation=" + options.collation()
                + (options.roleCollations().isEmpty() ? "" : ", roleCollations=" + options.roleCollations())
                + ", passwordPolicy=" + options.passwordPolicy() + ", charsetPolicy=" + options.charsetPolicy()
                + ", sslMode=" + options.connection().sslMode() + ", connectTimeout="
                + options.connection().connectTimeout() + ", socketTimeout=" + options.connection().socketTimeout()
                + ", lockTimeout=" + options.lockTimeout() + "}";
    }

    /**
     * Builder of {@link DatabaseProvisioner}. Each option checks its value at once and may be set
     * only once; {@link #build()} checks the combination. Only the administration user and
     * password are required.
     */
    public static final class Builder {

        private static final Pattern COLLATION = Pattern.compile("[A-Za-z0-9_]{1,64}");

        private final Map<String, Object> set = new LinkedHashMap<>();
        private final Map<DatabaseRole, String> roleCollations = new EnumMap<>(DatabaseRole.class);

        private Builder() {
        }

        /**
         * Sets the administration URL, {@code jdbc:mysql://host:port/} with no database. Without
         * it, the provisioner connects to the cluster's database server. Parameters the builder
         * sets itself ({@code sslMode}, timeouts, user, password) are rejected in the URL.
         *
         * @param jdbcUrl the URL
         * @return this builder
         */
        public Builder jdbcUrl(String jdbcUrl) {
            return put("jdbcUrl", JdbcUrls.checkAdminUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl")));
        }

        /**
         * Sets the administration user. It needs the global privileges CREATE, CREATE USER,
         * SELECT and GRANT OPTION, each privilege granted to the cluster user, and ALTER under
         * {@link CharsetPolicy#CONVERT}.
         *
         * @param adminUser the user name, such as {@code root}
         * @return this builder
         */
        public Builder adminUser(String adminUser) {
            if (adminUser.isEmpty()) {
                throw new LbValidationException("adminUser must not be empty");
            }
            return put("adminUser", adminUser);
        }

        /**
         * Sets the administration user's password.
         *
         * @param adminPassword the password
         * @return this builder
         */
        public Builder adminPassword(Secret adminPassword) {
            return put("adminPassword", Objects.requireNonNull(adminPassword, "adminPassword"));
        }

        /**
         * Sets the privileges the cluster user gets on each database, by default
         * {@link DatabasePrivilege#icewarpDefaults()}: SELECT, INSERT, UPDATE, DELETE, CREATE,
         * DROP, ALTER, INDEX, CREATE TEMPORARY TABLES and LOCK TABLES.
         *
         * @param privileges at least one privilege
         * @return this builder
         */
        public Builder privileges(Collection<DatabasePrivilege> privileges) {
            if (privileges.isEmpty()) {
                throw new LbValidationException("privileges must name at least one privilege");
            }
            return put("privileges", Set.copyOf(EnumSet.copyOf(privileges)));
        }

        /**
         * Sets the privileges the cluster user gets on each database.
         *
         * @param privileges at least one privilege
         * @return this builder
         */
        public Builder privileges(DatabasePrivilege... privileges) {
            return privileges(Arrays.asList(privileges));
        }

        /**
         * Sets the utf8mb4 collation of new databases, {@code utf8mb4_unicode_ci} by default,
         * which exists on every supported server. It is checked against the server before
         * anything is created.
         *
         * @param collation such as {@code utf8mb4_0900_ai_ci} (MySQL 8.0 and newer only)
         * @return this builder
         */
        public Builder collation(String collation) {
            return put("collation", checkCollation(collation));
        }

        /**
         * Sets the collation of one role's database, overriding {@link #collation(String)}.
         *
         * @param role the role
         * @param collation the utf8mb4 collation
         * @return this builder
         */
        public Builder collation(DatabaseRole role, String collation) {
            if (roleCollations.putIfAbsent(Objects.requireNonNull(role, "role"), checkCollation(collation)) != null) {
                throw new IllegalStateException("collation of role " + role.key() + " is already set");
            }
            return this;
        }

        /**
         * Sets when the cluster user's password is set, {@link PasswordPolicy#ON_CREATE} by default.
         *
         * @param passwordPolicy the policy
         * @return this builder
         */
        public Builder passwordPolicy(PasswordPolicy passwordPolicy) {
            return put("passwordPolicy", Objects.requireNonNull(passwordPolicy, "passwordPolicy"));
        }

        /**
         * Sets what happens to an existing database with another character set or collation,
         * {@link CharsetPolicy#REPORT} by default.
         *
         * @param charsetPolicy the policy
         * @return this builder
         */
        public Builder charsetPolicy(CharsetPolicy charsetPolicy) {
            return put("charsetPolicy", Objects.requireNonNull(charsetPolicy, "charsetPolicy"));
        }

        /**
         * Sets the TLS mode, {@link SslMode#PREFERRED} by default; prefer
         * {@link SslMode#VERIFY_IDENTITY} when the server has a certificate.
         *
         * @param sslMode the mode
         * @return this builder
         */
        public Builder sslMode(SslMode sslMode) {
            return put("sslMode", Objects.requireNonNull(sslMode, "sslMode"));
        }

        /**
         * Sets the TLS mode from its name, such as {@code verify-identity}.
         *
         * @param sslMode the mode's name
         * @return this builder
         */
        public Builder sslMode(String sslMode) {
            return sslMode(SslMode.parse(sslMode));
        }

        /**
         * Sets how long opening a TCP connection may take, 10 s by default.
         *
         * @param connectTimeout at least 1 ms
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            return put("connectTimeout", positive("connectTimeout", connectTimeout));
        }

        /**
         * Sets how long a single read from the server may block, 120 s by default; it must be
         * longer than the lock timeout.
         *
         * @param socketTimeout at least 1 ms
         * @return this builder
         */
        public Builder socketTimeout(Duration socketTimeout) {
            return put("socketTimeout", positive("socketTimeout", socketTimeout));
        }

        /**
         * Sets how long the pool's liveness check of a connection may take, 5 s by default.
         *
         * @param validationTimeout at least 250 ms, HikariCP's minimum
         * @return this builder
         */
        public Builder validationTimeout(Duration validationTimeout) {
            if (validationTimeout.toMillis() < 250) {
                throw new LbValidationException("validationTimeout must be at least 250 ms but was "
                        + validationTimeout.toMillis() + " ms");
            }
            return put("validationTimeout", validationTimeout);
        }

        /**
         * Sets the longest a pooled connection lives, 30 min by default; it is lowered to 30 s
         * below the server's {@code wait_timeout} when that is shorter.
         *
         * @param maxLifetime at least 30 s, HikariCP's minimum
         * @return this builder
         */
        public Builder maxLifetime(Duration maxLifetime) {
            if (maxLifetime.compareTo(Duration.ofSeconds(30)) < 0) {
                throw new LbValidationException("maxLifetime must be at least 30 s but was " + maxLifetime.toMillis()
                        + " ms");
            }
            return put("maxLifetime", maxLifetime);
        }

        /**
         * Sets how long {@code apply} waits for another provisioner working on the same server,
         * 60 s by default, in whole seconds.
         *
         * @param lockTimeout zero or more
         * @return this builder
         */
        public Builder lockTimeout(Duration lockTimeout) {
            if (lockTimeout.isNegative()) {
                throw new LbValidationException("lockTimeout must not be negative but was " + lockTimeout);
            }
            return put("lockTimeout", lockTimeout);
        }

        /**
         * Sets a listener that receives each step as {@code apply} runs it.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(ProvisioningListener listener) {
            return put("listener", Objects.requireNonNull(listener, "listener"));
        }

        /**
         * Builds the provisioner.
         *
         * @return the provisioner
         * @throws LbValidationException when the administration user or password is missing, or
         *         the socket timeout is not longer than the lock timeout
         */
        public DatabaseProvisioner build() {
            if (!set.containsKey("adminUser") || !set.containsKey("adminPassword")) {
                throw new LbValidationException("a DatabaseProvisioner needs adminUser(...) and adminPassword(...)");
            }
            Duration socketTimeout = get("socketTimeout", Duration.ofSeconds(120));
            Duration lockTimeout = get("lockTimeout", Duration.ofSeconds(60));
            if (socketTimeout.compareTo(lockTimeout) <= 0) {
                throw new LbValidationException("socketTimeout (" + socketTimeout.toSeconds() + " s) must be longer"
                        + " than lockTimeout (" + lockTimeout.toSeconds() + " s), or a wait for the lock is cut off as"
                        + " a network failure");
            }
            ConnectionSettings connection = new ConnectionSettings(get("sslMode", SslMode.PREFERRED),
                    get("connectTimeout", Duration.ofSeconds(10)), socketTimeout,
                    get("validationTimeout", Duration.ofSeconds(5)), get("maxLifetime", Duration.ofMinutes(30)));
            return new DatabaseProvisioner(new ProvisioningOptions(Optional.ofNullable(get("jdbcUrl", null)),
                    get("adminUser", null), get("adminPassword", null),
                    get("privileges", DatabasePrivilege.icewarpDefaults()), get("collation", "utf8mb4_unicode_ci"),
                    Map.copyOf(roleCollations), get("passwordPolicy", PasswordPolicy.ON_CREATE),
                    get("charsetPolicy", CharsetPolicy.REPORT), connection, lockTimeout,
                    get("listener", new ProvisioningListener() { })));
        }

        private Builder put(String option, Object value) {
            if (set.putIfAbsent(option, value) != null) {
                throw new IllegalStateException(option + " is already set");
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        private <T> T get(String option, T fallback) {
            return (T) set.getOrDefault(option, fallback);
        }

        private static String checkCollation(String collation) {
            if (!COLLATION.matcher(collation).matches()) {
                throw new LbValidationException("collation '" + collation + "' is not a collation name; use letters,"
                        + " digits and _ only, such as utf8mb4_unicode_ci");
            }
            return collation;
        }

        private static Duration positive(String option, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new LbValidationException(option + " must be positive but was " + value);
            }
            return value;
        }
    }
}
