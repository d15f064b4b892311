package org.lbkit.model;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The seven databases an IceWarp server uses. In a cluster, every role except the WebClient
 * cache and the spam-report cache must live on the shared MySQL server, because all nodes read
 * and write the same rows.
 *
 * <p>Each role also gives the IceWarp API variables that hold its connection, the form of the
 * string they take, and the code that {@code tool create tables <code> "<connection>"} takes to
 * create its tables. The variable names and codes are those used by IceWarp engineers' scripts
 * (spetr/icewarp {@code server/init.sh}, milamber86/scripts {@code iwtablecreate.sh} and
 * {@code iw_backup.sh}) and by IceWarp's spam-reports PHP code. IceWarp reads variable names
 * without regard to case.
 */
public enum DatabaseRole {
    /**
     * Domains and accounts. Variable {@code C_System_Storage_Accounts_ODBCConnString}, six-field
     * form; table code 0. IceWarp uses it only when {@code C_System_Storage_Accounts_StorageMode}
     * is 2 (database storage).
     */
    ACCOUNTS("accounts", "iw_accounts", false, 0, ConnectionForm.SIX_FIELD,
            "C_System_Storage_Accounts_ODBCConnString"),
    /** Calendars, contacts, tasks and other groupware items. Variable {@code C_GW_ConnectionString}; code 2. */
    GROUPWARE("groupware", "iw_groupware", false, 2, ConnectionForm.SIX_FIELD, "C_GW_ConnectionString"),
    /**
     * Anti-spam challenge-response and sender data. Variable {@code C_AS_Challenge_ConnectionString};
     * code 3.
     */
    ANTISPAM("antispam", "iw_antispam", false, 3, ConnectionForm.SIX_FIELD, "C_AS_Challenge_ConnectionString"),
    /**
     * Directory cache (IceWarp 10.4 and newer). Variable
     * {@code C_Accounts_Global_Accounts_DirectoryCacheConnectionString}; code 4.
     */
    DIRECTORY_CACHE("directory-cache", "iw_dircache", false, 4, ConnectionForm.SIX_FIELD,
            "C_Accounts_Global_Accounts_DirectoryCacheConnectionString"),
    /**
     * WebClient cache; SQLite files inside the shared mail folder also work. Newer builds hold
     * its PDO DSN in {@code C_Webmail_DBConnection} (v14 constants); older builds keep DSN, user
     * and password in the {@code dbconn}, {@code dbuser} and {@code dbpass} elements of
     * {@code config/_webmail/server.xml} (see {@link #webmailServerXmlElements()}). IceWarp
     * creates its tables on first use, so there is no table code.
     *
     * <p>NOTE: {@code C_Webmail_DBConnection} appears only in IceWarp's v14 constants list, not
     * in any script this mapping was checked against. No variable for the user and password is
     * known in newer builds, so they may still live in {@code server.xml}.
     */
    WEBCLIENT_CACHE("webclient-cache", "iw_webclient", true, -1, ConnectionForm.PDO, "C_Webmail_DBConnection"),
    /**
     * ActiveSync device and folder state (IceWarp 11 and newer). Variables
     * {@code C_ActiveSync_DBConnection}, {@code C_ActiveSync_DBUser} and
     * {@code C_ActiveSync_DBPass}; code 6.
     *
     * <p>NOTE: both forms occur in the connection variable. milamber86/scripts read a PDO DSN
     * from it, with the user and password in their own variables, while spetr/icewarp
     * {@code init.sh} writes the six-field form. PDO is given here because the separate user and
     * password variables exist only for it. Either way, {@code tool create tables 6} takes the
     * six-field form, which {@code iwtablecreate.sh} builds from the DSN, user and password.
     */
    ACTIVESYNC("activesync", "iw_activesync", false, 6, ConnectionForm.PDO,
            "C_ActiveSync_DBConnection", "C_ActiveSync_DBUser", "C_ActiveSync_DBPass"),
    /**
     * Anti-spam quarantine reports (IceWarp 11 and newer); SQLite on the shared spam folder also
     * works. Variables {@code C_AS_SpamReportsDBConn} (a PDO DSN; empty means the SQLite file
     * {@code <spam>/reports/reports.db}), {@code C_AS_SpamReportsDBUser} and
     * {@code C_AS_SpamReportsDBPass}. IceWarp creates its tables on first use, so there is no
     * table code.
     */
    SPAM_REPORTS("spam-reports", "iw_asreports", true, -1, ConnectionForm.PDO,
            "C_AS_SpamReportsDBConn", "C_AS_SpamReportsDBUser", "C_AS_SpamReportsDBPass");

    private static final List<String> WEBMAIL_SERVER_XML_ELEMENTS = List.of("dbconn", "dbuser", "dbpass");

    private final String key;
    private final String defaultDatabaseName;
    private final boolean sqliteAllowed;
    private final int createTablesCode;
    private final ConnectionForm connectionForm;
    private final List<String> apiVariables;

    DatabaseRole(String key, String defaultDatabaseName, boolean sqliteAllowed, int createTablesCode,
            ConnectionForm connectionForm, String... apiVariables) {
        this.key = key;
        this.defaultDatabaseName = defaultDatabaseName;
        this.sqliteAllowed = sqliteAllowed;
        this.createTablesCode = createTablesCode;
        this.connectionForm = connectionForm;
        this.apiVariables = List.of(apiVariables);
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
     * Returns the code that {@code tool create tables} takes for this role.
     *
     * @return 0 accounts, 2 groupware, 3 anti-spam, 4 directory cache, 6 ActiveSync. Empty for the
     *     WebClient cache and spam reports, because IceWarp creates their tables on first use
     */
    public OptionalInt createTablesCode() {
        return createTablesCode < 0 ? OptionalInt.empty() : OptionalInt.of(createTablesCode);
    }

    /**
     * Returns the IceWarp API variables that hold this role's connection: the connection
     * variable first, then the user and password variables where the role has them.
     *
     * @return the variable names, as IceWarp's constants file spells them
     */
    public List<String> apiVariables() {
        return apiVariables;
    }

    /**
     * Returns the form of the string the connection variable takes.
     *
     * @return {@link ConnectionForm#SIX_FIELD} or {@link ConnectionForm#PDO}
     */
    public ConnectionForm connectionForm() {
        return connectionForm;
    }

    /**
     * Returns the elements of {@code config/_webmail/server.xml} that hold the WebClient cache's
     * connection in older builds: {@code dbconn} (a PDO DSN), {@code dbuser} and {@code dbpass}
     * (HTML-entity encoded).
     *
     * @return the element names for {@link #WEBCLIENT_CACHE}; empty for every other role
     */
    public List<String> webmailServerXmlElements() {
        return this == WEBCLIENT_CACHE ? WEBMAIL_SERVER_XML_ELEMENTS : List.of();
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
