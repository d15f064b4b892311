package org.lbkit.examples.rollout;

/** What a rollout step did. */
public enum StepStatus {
    /** The step changed something: created, granted, copied or wrote. */
    CHANGED,
    /** The step only checks, and every check passed. */
    PASSED,
    /** Everything the step checks was already in place. */
    UNCHANGED,
    /** The step or its verification failed; the rollout stopped there. */
    FAILED,
    /** The step did not run, because an earlier one failed. */
    NOT_RUN
}
