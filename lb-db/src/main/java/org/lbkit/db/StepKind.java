package org.lbkit.db;

/** What a provisioning step does. */
public enum StepKind {
    /** Creates a database with utf8mb4 and the configured collation. */
    CREATE_DATABASE,
    /** Changes an existing database's default character set and collation. */
    ALTER_DATABASE_CHARSET,
    /** Creates the cluster user for one node address. */
    CREATE_USER,
    /** Sets the password of an existing cluster user. */
    CHANGE_PASSWORD,
    /** Grants the cluster user, at one node address, the privileges on one database. */
    GRANT
}
