package org.lbkit.model;

/** The form of the connection string an IceWarp variable takes. */
public enum ConnectionForm {
    /**
     * IceWarp's own six fields, {@code database;user;password;host[:port];syntax;driver}; see
     * {@link IceWarpDbConnection}.
     */
    SIX_FIELD,
    /**
     * A PHP PDO DSN such as {@code mysql:host=db;port=3306;dbname=iw_eas}, with the user and
     * password in separate variables; see {@link PdoConnection}.
     */
    PDO
}
