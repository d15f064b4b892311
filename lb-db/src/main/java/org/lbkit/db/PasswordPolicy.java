package org.lbkit.db;

/** When the provisioner sets the cluster user's password. */
public enum PasswordPolicy {
    /**
     * Only when it creates the user; an existing user keeps its password, so a run never locks
     * out nodes that already use the old one. The default.
     */
    ON_CREATE,
    /**
     * Also on every run for existing users ({@code ALTER USER … IDENTIFIED BY}), which makes the
     * cluster file's password the one in force. The server cannot tell whether the password
     * differs, so this step is applied on every run.
     */
    ALWAYS
}
