package org.lbkit.model;

/** How an IceWarp node reaches MySQL. */
public enum DatabaseAccess {
    /** Directly through the MySQL client library ({@code libmysql.dll} on Windows); the guide's choice. */
    MYSQL_CLIENT,
    /** Through an ODBC system DSN per database. */
    ODBC
}
