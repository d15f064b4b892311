package org.lbkit.db.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lbkit.db.AccessReport;
import org.lbkit.db.LbDatabaseException;
import org.lbkit.db.ProvisioningListener;
import org.lbkit.db.ProvisioningPlan;
import org.lbkit.db.PasswordPolicy;
import org.lbkit.db.ProvisioningReport;
import org.lbkit.db.ProvisioningStep;
import org.lbkit.db.ServerInfo;
import org.lbkit.db.StepResult;
import org.lbkit.db.StepStatus;
import org.lbkit.model.Cluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One administration connection to a server: detects the server, checks the administration
 * user's privileges, then plans, applies or verifies access. Every step runs on this one connection, which holds
 * the provisioning lock during {@link #apply}.
 */
public final class AdminSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminSession.class);

    private final PooledConnections pool;
    private final Connection connection;
    private final ServerInfo server;
    private final ProvisioningOptions options;
    private final String jdbcUrl;

    private AdminSession(PooledConnections pool, Connection connection, ServerInfo server,
            ProvisioningOptions options) {
        this.pool = pool;
        this.connection = connection;
        this.server = server;
        this.options = options;
        this.jdbcUrl = pool.jdbcUrl();
    }

    /**
     * Connects, detects the server and checks the administration user's privileges.
     *
     * @param jdbcUrl the administration URL, without database
     * @param options the provisioner's options
     * @return the open session
     * @throws LbDatabaseException when the server is unreachable, rejects the login, is not
     *         supported, or the user lacks privileges
     */
    public static AdminSession open(String jdbcUrl, ProvisioningOptions options) {
        return open(jdbcUrl, options, false);
    }

    /**
     * Connects, detects the server and checks that the administration user may read every
     * database and the grant tables (global SELECT), which is all {@link #verifyAccess} needs.
     *
     * @param jdbcUrl the administration URL, without database
     * @param options the provisioner's options
     * @return the open session
     * @throws LbDatabaseException when the server is unreachable, rejects the login, is not
     *         supported, or the user lacks global SELECT
     */
    public static AdminSession openForReading(String jdbcUrl, ProvisioningOptions options) {
        return open(jdbcUrl, options, true);
    }

    private static AdminSession open(String jdbcUrl, ProvisioningOptions options, boolean reading) {
        PooledConnections pool = PooledConnections.open("lbkit-admin", jdbcUrl, options.adminUser(),
                options.adminPassword(), options.connection());
        Connection connection = null;
        try {
            connection = pool.connection();
            ServerInfo server = ServerQueries.serverInfo(connection);
            requireSupported(server, jdbcUrl);
            if (reading) {
                AdminPrivileges.checkReading(connection, server, jdbcUrl);
            } else {
                AdminPrivileges.check(connection, server, options, jdbcUrl);
            }
            LOG.debug("connected to {} ({}) as {}", JdbcUrls.redact(jdbcUrl), server, options.adminUser());
            return new AdminSession(pool, connection, server, options);
        } catch (SQLException e) {
            closeQuietly(connection);
            pool.close();
            throw SqlErrors.statementFailure("inspect the server", e, jdbcUrl, SecretScrubber.of(List.of()));
        } catch (RuntimeException e) {
            closeQuietly(connection);
            pool.close();
            throw e;
        }
    }

    /**
     * Plans without changing anything.
     *
     * @param targets what the cluster needs
     * @return the plan
     */
    public ProvisioningPlan plan(ClusterTargets targets) {
        Planner planner = planner(targets);
        return ProvisioningPlan.builder()
                .clusterName(targets.clusterName())
                .server(server)
                .jdbcUrl(JdbcUrls.redact(jdbcUrl))
                .steps(planner.steps().stream().map(PlannedStep::step).toList())
                .findings(planner.findings())
                .skippedRoles(targets.skippedRoles())
                .build();
    }

    /**
     * Takes the provisioning lock, plans under it, and runs every pending step until one fails.
     *
     * @param targets what the cluster needs
     * @param startNanos when the caller started, for the report's elapsed time
     * @return the report
     */
    public ProvisioningReport apply(ClusterTargets targets, long startNanos) {
        long waited;
        try {
            waited = ProvisioningLock.acquire(connection, options.lockTimeout(), jdbcUrl);
        } catch (SQLException e) {
            throw SqlErrors.statementFailure("take the provisioning lock", e, jdbcUrl, SecretScrubber.of(List.of()));
        }
        try {
            Planner planner = planner(targets);
            StepRunner runner = new StepRunner(connection, options.listener(),
                    SecretScrubber.of(List.of(targets.password(), options.adminPassword())));
            List<StepResult> results = runner.run(planner.steps());
            ProvisioningReport report = report(targets, planner, results, waited, startNanos);
            LOG.info("provisioned cluster {} on {}: {} step(s) applied, {} unchanged, {} failed", targets.clusterName(),
                    server, report.results(StepStatus.APPLIED).size(), report.results(StepStatus.UNCHANGED).size(),
                    report.results(StepStatus.FAILED).size());
            return report;
        } finally {
            ProvisioningLock.release(connection);
        }
    }

    /**
     * Reads the databases, the cluster user's accounts and their grants, and reports what each
     * node will meet when it logs in. Changes nothing and takes no lock.
     *
     * @param cluster the cluster, for node names and the create-tables hints
     * @param targets what the cluster needs
     * @return the report
     */
    public AccessReport verifyAccess(Cluster cluster, ClusterTargets targets) {
        try {
            ServerSnapshot snapshot = ServerSnapshot.read(connection, server, targets);
            AccountSnapshot accounts = AccountSnapshot.read(connection, server, targets.user());
            Map<String, Boolean> tables = new HashMap<>();
            for (String database : targets.databases().keySet()) {
                if (snapshot.schema(database).isPresent()) {
                    tables.put(database, ServerQueries.icewarpTablesPresent(connection, database));
                }
            }

            AccessChecker checker = new AccessChecker(cluster, targets, snapshot, accounts, tables, options);
            AccessReport report = AccessReport.builder().clusterName(targets.clusterName()).server(server)
                    .jdbcUrl(JdbcUrls.redact(jdbcUrl)).adminAccount(ServerQueries.text(connection, "CURRENT_USER()"))
                    .roles(checker.roles()).nodes(checker.nodes()).build();
            LOG.info("verified access of cluster {} on {}: {} node(s), {} problem(s)", targets.clusterName(), server,
                    report.nodes().size(), report.problems().size());
            return report;
        } catch (SQLException e) {
            throw SqlErrors.statementFailure("read the databases, accounts and grants", e, jdbcUrl,
                    SecretScrubber.of(List.of()));
        }
    }

    /** Returns the connection and closes the pool. */
    @Override
    public void close() {
        closeQuietly(connection);
        pool.close();
    }

    private Planner planner(ClusterTargets targets) {
        try {
            ServerSnapshot snapshot = ServerSnapshot.read(connection, server, targets);
            if (options.passwordPolicy() == PasswordPolicy.IF_DIFFERENT) {
                snapshot = snapshot.withPasswordChecks(AccountSnapshot.read(connection, server, targets.user()),
                        targets.password());
            }
            return Planner.plan(targets, snapshot, options);
        } catch (SQLException e) {
            throw SqlErrors.statementFailure("read the databases, accounts and grants", e, jdbcUrl,
                    SecretScrubber.of(List.of()));
        }
    }

    private ProvisioningReport report(ClusterTargets targets, Planner planner, List<StepResult> results,
            long waited, long startNanos) {
        return ProvisioningReport.builder()
                .clusterName(targets.clusterName())
                .server(server)
                .jdbcUrl(JdbcUrls.redact(jdbcUrl))
                .results(results)
                .findings(planner.findings())
                .skippedRoles(targets.skippedRoles())
                .lockWaitMillis(waited)
                .elapsedMillis((System.nanoTime() - startNanos) / 1_000_000)
                .build();
    }

    private static void requireSupported(ServerInfo server, String jdbcUrl) {
        if (!server.isSupported()) {
            throw new LbDatabaseException(LbDatabaseException.Kind.UNSUPPORTED_SERVER, JdbcUrls.redact(jdbcUrl)
                    + " runs " + server + ", which lbkit cannot provision; it needs MySQL 5.7.6 or newer, or"
                    + " MariaDB 10.1.3 or newer", jdbcUrl, null, 0, null);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the administration connection failed: {}", e.getMessage());
        }
    }

    /** Runs pending steps in order on one connection and stops at the first failure. */
    private static final class StepRunner {
        private final Connection connection;
        private final ProvisioningListener listener;
        private final SecretScrubber scrubber;

        StepRunner(Connection connection, ProvisioningListener listener, SecretScrubber scrubber) {
            this.connection = connection;
            this.listener = listener;
            this.scrubber = scrubber;
        }

        List<StepResult> run(List<PlannedStep> steps) {
            List<StepResult> results = new ArrayList<>();
            boolean failed = false;
            for (PlannedStep planned : steps) {
                ProvisioningStep step = planned.step();
                StepResult result;
                if (!step.pending()) {
                    result = StepResult.of(step, StepStatus.UNCHANGED);
                } else if (failed) {
                    result = StepResult.of(step, StepStatus.NOT_RUN);
                } else {
                    listener.beforeStep(step);
                    result = execute(planned);
                    failed = result.status() == StepStatus.FAILED;
                }
                listener.afterStep(result);
                results.add(result);
            }
            return results;
        }

        private StepResult execute(PlannedStep planned) {
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute(planned.statement().sql());
                LOG.debug("applied {}", planned.statement().masked());
                return StepResult.builder().step(planned.step()).status(StepStatus.APPLIED)
                        .elapsedMillis((System.nanoTime() - start) / 1_000_000).build();
            } catch (SQLException e) {
                String error = scrubber.scrub(e.getMessage());
                LOG.debug("step failed: {} [SQLState {}, vendor code {}]: {}", planned.statement().masked(),
                        e.getSQLState(), e.getErrorCode(), error);
                return StepResult.builder().step(planned.step()).status(StepStatus.FAILED)
                        .sqlState(Optional.ofNullable(e.getSQLState())).vendorCode(e.getErrorCode())
                        .error(error).elapsedMillis((System.nanoTime() - start) / 1_000_000).build();
            }
        }
    }
}
