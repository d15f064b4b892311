package org.lbkit.db;

/**
 * Receives each step of {@link DatabaseProvisioner#apply} as it runs, for progress display or
 * audit logs. Both methods run on the thread that called {@code apply}. An exception thrown
 * here stops the run at once and reaches the caller. The steps done so far stay done, and the
 * next run carries on from there.
 */
public interface ProvisioningListener {

    /**
     * Called before a step that needs doing runs.
     *
     * @param step the step, with its SQL masked
     */
    default void beforeStep(ProvisioningStep step) {
    }

    /**
     * Called after every step, whether it ran, was already satisfied or failed.
     *
     * @param result the step's outcome
     */
    default void afterStep(StepResult result) {
    }
}
