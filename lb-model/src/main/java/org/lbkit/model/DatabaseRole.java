package org.lbkit.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seven databases an IceWarp server uses. In a cluster, every role except the WebClient
 * cache and the spam-report cache must live on the shared MySQL server, because all nodes read
 * and write the same rows.
 */
public enum DatabaseRole {
    /** Domains and accounts. */
    ACCOUNTS("accounts", "iw_accounts", false),
    /** Calendars, contacts, tasks and other groupware items. */
    GROUPWARE("groupware", "iw_groupware", false),
    /** Anti-spam challenge-response and sender data. */
    ANTISPAM("antispam", "iw_antispam", false),
    /** Directory cache (IceWarp 10.4 and newer). */
    DIRECTORY_CACHE("directory-cache", "iw_dircache", false),
    /** WebClient cache; SQLite files inside the shared mail folder also work. */
    WEBCLIENT_CACHE("webclient-cache", "iw_webclient", true),
    /** ActiveSync device and folder state (IceWarp 11 and newer). */
    ACTIVESYNC("activesync", "iw_activesync", false),
    /** Anti-spam quarantine reports (IceWarp 11 and newer); SQLite on the shared spam folder also works. */
    SPAM_REPORTS("spam-reports", "iw_asreports", true);

    private final String key;
    private final String defaultDatabaseName;
    private final boolean sqliteAllowed;

    DatabaseRole(String key, String defaultDatabaseName, boolean sqliteAllowed) {
        this.key = key;
        this.defaultDatabaseName = defaultDatabaseName;
        this.sqliteAllowed = sqliteAllowed;
    }

    /**
     * Returns the key used for this role in cluster files, such as {@code directory-cache}.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Returns the database name used when the cluster names none for this role.
     *
     * @return the default database name
     */
    public String defaultDatabaseName() {
        return defaultDatabaseName;
    }

    /**
     * Returns the storages a cluster may use for this role.
     *
     * @return MySQL, plus SQLite for the WebClient cache and spam reports
     */
    public Set<DatabaseStorage> allowedStorages() {
        return sqliteAllowed ? EnumSet.allOf(DatabaseStorage.class) : EnumSet.of(DatabaseStorage.MYSQL);
    }

    /**
     * Finds a role by its file key ({@code directory-cache}) or its constant name
     * ({@code DIRECTORY_CACHE}), ignoring case.
     *
     * @param text the key or name
     * @return the role
     * @throws LbValidationException naming the accepted keys when none matches
     */
    public static DatabaseRole fromKey(String text) {
        for (DatabaseRole role : values()) {
            if (role.key.equalsIgnoreCase(text) || role.name().equalsIgnoreCase(text)) {
                return role;
            }
        }
        StringBuilder keys = new StringBuilder();
        for (DatabaseRole role : values()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(role.key);
        }
        throw new LbValidationException("unknown database role '" + text + "'; use one of " + keys);
    }
}
