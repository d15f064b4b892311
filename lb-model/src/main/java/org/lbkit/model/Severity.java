package org.lbkit.model;

/** How serious a validation finding is. */
public enum Severity {
    /** The cluster cannot work as described; operations that need a valid cluster refuse to run. */
    ERROR,
    /** The cluster works, but something is risky or differs from the guide's recommendation. */
    WARNING,
    /** A fact worth knowing, such as a remaining single point of failure. */
    INFO
}
