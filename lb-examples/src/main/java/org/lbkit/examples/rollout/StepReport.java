package org.lbkit.examples.rollout;

import java.util.List;

/**
 * Outcome of one rollout step: its title, status, a one-line headline, the lines shown for it,
 * and what the administrator still has to do because of it.
 *
 * @param title the step's title, such as {@code Databases}
 * @param status what the step did
 * @param headline what changed or was found in place, in a few words, such as {@code 31 statements applied}
 * @param details the lines shown under the title, never containing a secret
 * @param todo actions left to the administrator
 */
public record StepReport(String title, StepStatus status, String headline, List<String> details, List<String> todo) {

    /** Copies the lists, so that a report cannot change after it is made. */
    public StepReport {
        details = List.copyOf(details);
        todo = List.copyOf(todo);
    }

    /**
     * Returns a report of a step that did not run.
     *
     * @param title the step's title
     * @return the report
     */
    public static StepReport notRun(String title) {
        return new StepReport(title, StepStatus.NOT_RUN, "an earlier step failed", List.of(), List.of());
    }

    /**
     * Returns a report of a failed step.
     *
     * @param title the step's title
     * @param reason why it failed, in a few words
     * @param details the lines shown for it
     * @return the report
     */
    public static StepReport failed(String title, String reason, List<String> details) {
        return new StepReport(title, StepStatus.FAILED, reason, details, List.of());
    }
}
