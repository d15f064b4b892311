package org.lbkit.examples.rollout;

import java.util.ArrayList;
import java.util.List;

import org.lbkit.model.Finding;
import org.lbkit.model.Severity;
import org.lbkit.model.ValidationReport;

/** The first step: every rule of the guide checked; errors stop the rollout, warnings are shown. */
final class ValidateStep {

    static final String TITLE = "Validate the cluster";

    private ValidateStep() {
    }

    static StepReport run(ValidationReport report, RolloutConsole console) {
        List<String> details = new ArrayList<>();
        DatabaseStep.show(console, details, report.errors().size() + " errors, " + report.warnings().size()
                + " warnings, " + report.findings(Severity.INFO).size() + " notes");
        for (Finding finding : report.findings()) {
            DatabaseStep.show(console, details, "  " + finding);
        }
        String headline = report.errors().size() + " errors, " + report.warnings().size() + " warnings";
        return new StepReport(TITLE, report.isValid() ? StepStatus.PASSED : StepStatus.FAILED, headline, details,
                List.of());
    }
}
