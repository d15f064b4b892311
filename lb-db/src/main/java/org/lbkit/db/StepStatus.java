package org.lbkit.db;

/** The outcome of one step in a provisioning run. */
public enum StepStatus {
    /** The step's statement ran and succeeded. */
    APPLIED,
    /** The server already was in the state the step produces; nothing ran. */
    UNCHANGED,
    /** The step's statement failed; the result carries the SQLState and vendor code. */
    FAILED,
    /** The step did not run because an earlier step failed. */
    NOT_RUN
}
