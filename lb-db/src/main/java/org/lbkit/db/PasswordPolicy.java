package org.lbkit.db;

/** When the provisioner sets the cluster user's password. */
public enum PasswordPolicy {
    /**
     * Only when it creates the user; an existing user keeps its password, so a run never locks
     * out nodes that already use the old one. The default.
     */
    ON_CREATE,
    /**
     * Also for existing users whose stored password differs from the cluster file's, so that a run
     * over an unchanged cluster changes nothing. The comparison needs the account's stored hash
     * and works for {@code mysql_native_password} accounts (MariaDB's default); where the server
     * stores a salted hash, as MySQL 8's {@code caching_sha2_password} does, the password is set
     * on every run, as with {@link #ALWAYS}. The administration account needs {@code SELECT} on
     * the {@code mysql} schema.
     */
    IF_DIFFERENT,
    /**
     * Also on every run for existing users ({@code ALTER USER … IDENTIFIED BY}), which makes the
     * cluster file's password the one in force. The server cannot tell whether the password
     * differs, so this step is applied on every run.
     */
    ALWAYS
}
