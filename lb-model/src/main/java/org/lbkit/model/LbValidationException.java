package org.lbkit.model;

import java.util.List;

/**
 * Thrown when a value cannot be built, or when an operation requires a valid cluster and the
 * cluster's validation report contains errors. The message names the attribute or lists the
 * findings.
 */
public class LbValidationException extends LbException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /**
     * Creates an exception for one invalid value.
     *
     * @param message what is wrong and how to fix it
     */
    public LbValidationException(String message) {
        super(message);
        this.findings = List.of();
    }

    /**
     * Constructor used by the generated builders, which pass the names of missing attributes.
     *
     * @param message the generated message
     * @param missingAttributes names of the required attributes that were not set
     */
    public LbValidationException(String message, String... missingAttributes) {
        super(missingAttributes.length == 0
                ? message
                : message + "; set " + String.join(", ", missingAttributes) + " on the builder");
        this.findings = List.of();
    }

    /**
     * Creates an exception that carries the error findings of a validation report.
     *
     * @param report the report whose errors caused the failure
     */
    public LbValidationException(ValidationReport report) {
        super(report.summary());
        this.findings = report.findings();
    }

    /**
     * Returns the findings behind this exception; empty when it concerns a single value.
     *
     * @return the findings, never {@code null}
     */
    public List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }
}
