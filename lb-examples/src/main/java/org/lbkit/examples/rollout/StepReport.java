package org.lbkit.examples.rollout;

import java.util.List;

/**
 * The outcome of one rollout step: its title, status, the lines shown for it, and what the
 * administrator still has to do because of it.
 *
 * @param title the step's title, such as {@code Databases}
 * @param status what the step did
 * @param details the lines shown under the title, never containing a secret
 * @param todo actions left to the administrator
 */
public record StepReport(String title, StepStatus status, List<String> details, List<String> todo) {

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
        return new StepReport(title, StepStatus.NOT_RUN, List.of(), List.of());
    }
}
