package org.lbkit.db;

/** Whether an account's stored password is the cluster's, as far as the server lets lbkit tell. */
public enum PasswordStatus {
    /** The stored hash is that of the cluster's password. */
    MATCH,
    /** The stored hash is that of another password, or the account has none. */
    MISMATCH,
    /** The server stores the password in a form that cannot be compared without logging in. */
    UNKNOWN
}
