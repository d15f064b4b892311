package org.lbkit.model;

/** Where IceWarp keeps one of its databases. */
public enum DatabaseStorage {
    /** A database on the cluster's shared MySQL or MariaDB server. */
    MYSQL,
    /** A SQLite file; only possible for data that each node may keep for itself or on the share. */
    SQLITE
}
