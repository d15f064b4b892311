package org.lbkit.model;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * Every finding of a validation run, in the order the checks produced them. Serialises to JSON
 * with Jackson as {@code {"valid": …, "errors": n, "warnings": n, "findings": [...]}}.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"valid", "errors", "warnings", "findings"})
public abstract class ValidationReport {

    /**
     * Returns all findings.
     *
     * @return the findings
     */
    @JsonProperty("findings")
    public abstract List<Finding> findings();

    /**
     * Creates a report.
     *
     * @param findings the findings
     * @return the report
     */
    public static ValidationReport of(Iterable<? extends Finding> findings) {
        return builder().addAllFindings(findings).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ValidationReport}. */
    public static final class Builder extends ImmutableValidationReport.Builder {
    }

    /**
     * Returns whether the report contains no error (warnings and infos allowed).
     *
     * @return {@code true} when there is no error
     */
    @JsonProperty("valid")
    public boolean isValid() {
        return errors().isEmpty();
    }

    /**
     * Returns the findings of one severity.
     *
     * @param severity the severity
     * @return the matching findings, in report order
     */
    public List<Finding> findings(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).collect(Collectors.toList());
    }

    /**
     * Returns the error findings.
     *
     * @return the errors
     */
    public List<Finding> errors() {
        return findings(Severity.ERROR);
    }

    /**
     * Returns the warning findings.
     *
     * @return the warnings
     */
    public List<Finding> warnings() {
        return findings(Severity.WARNING);
    }

    /**
     * Returns the findings of one rule.
     *
     * @param rule the rule id
     * @return the matching findings
     */
    public List<Finding> findings(String rule) {
        return findings().stream().filter(f -> f.rule().equals(rule)).collect(Collectors.toList());
    }

    @JsonProperty("errors")
    int errorCount() {
        return errors().size();
    }

    @JsonProperty("warnings")
    int warningCount() {
        return warnings().size();
    }

    /**
     * Throws when the report contains errors.
     *
     * @return this report, for chaining
     * @throws LbValidationException listing every error
     */
    public ValidationReport orThrow() {
        if (!isValid()) {
            throw new LbValidationException(this);
        }
        return this;
    }

    /**
     * Returns a one-paragraph summary: counts, then each error on its own line.
     *
     * @return the summary
     */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(errors().size()).append(" error(s), ").append(warnings().size()).append(" warning(s)");
        for (Finding error : errors()) {
            text.append(System.lineSeparator()).append("  ").append(error);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "ValidationReport{" + summary() + "}";
    }
}
