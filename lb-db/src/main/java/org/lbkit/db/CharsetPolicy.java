package org.lbkit.db;

/** What the provisioner does with an existing database whose character set or collation differs. */
public enum CharsetPolicy {
    /** Leave the database as it is and report the difference as a finding. The default. */
    REPORT,
    /**
     * Change the database's default character set and collation with {@code ALTER DATABASE}.
     * Tables created afterwards use them; existing tables keep their own character set, which
     * the plan reports.
     */
    CONVERT
}
