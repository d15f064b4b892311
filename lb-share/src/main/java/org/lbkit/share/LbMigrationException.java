package org.lbkit.share;

import java.util.Optional;

import org.lbkit.model.LbException;

/**
 * Thrown when a migration cannot start (for example a non-empty shared configuration folder on
 * the target without explicit permission) or, through {@link MigrationReport#throwIfIncomplete()},
 * when it left conflicts, refusals or failures. The report, when there is one, lists the files
 * and their causes.
 */
public class LbMigrationException extends LbException {

    private static final long serialVersionUID = 1L;

    private final transient MigrationReport report;

    /**
     * Creates an exception for a migration that could not start.
     *
     * @param message what blocks the migration and how to proceed
     */
    public LbMigrationException(String message) {
        super(message);
        this.report = null;
    }

    /**
     * Creates an exception for a migration that did not complete.
     *
     * @param report the run's report
     */
    public LbMigrationException(MigrationReport report) {
        super("migration from " + report.source() + " to " + report.target() + " is incomplete: "
                + report.summary() + "; see the report's samples for the files and causes");
        this.report = report;
    }

    /**
     * Returns the report of the run, when the migration ran.
     *
     * @return the report, if any
     */
    public Optional<MigrationReport> report() {
        return Optional.ofNullable(report);
    }
}
