package org.lbkit.db;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.lbkit.model.LbValidationException;

/**
 * A database-level privilege, as written in {@code GRANT … ON db.*}. The privileges common to
 * MySQL 5.7 to 9.x and MariaDB 10.x/11.x; administrative and global-only privileges are absent
 * on purpose, because the cluster user needs none of them.
 */
public enum DatabasePrivilege {
    /** Read rows. */
    SELECT("SELECT"),
    /** Add rows. */
    INSERT("INSERT"),
    /** Change rows. */
    UPDATE("UPDATE"),
    /** Remove rows. */
    DELETE("DELETE"),
    /** Create tables. */
    CREATE("CREATE"),
    /** Drop tables. */
    DROP("DROP"),
    /** Change table definitions. */
    ALTER("ALTER"),
    /** Create and drop indexes. */
    INDEX("INDEX"),
    /** Declare foreign keys. */
    REFERENCES("REFERENCES"),
    /** Create temporary tables. */
    CREATE_TEMPORARY_TABLES("CREATE TEMPORARY TABLES"),
    /** Lock tables explicitly. */
    LOCK_TABLES("LOCK TABLES"),
    /** Create views. */
    CREATE_VIEW("CREATE VIEW"),
    /** Read view definitions. */
    SHOW_VIEW("SHOW VIEW"),
    /** Create stored procedures and functions. */
    CREATE_ROUTINE("CREATE ROUTINE"),
    /** Change and drop stored procedures and functions. */
    ALTER_ROUTINE("ALTER ROUTINE"),
    /** Run stored procedures and functions. */
    EXECUTE("EXECUTE"),
    /** Schedule events. */
    EVENT("EVENT"),
    /** Create triggers. */
    TRIGGER("TRIGGER");

    private static final Set<DatabasePrivilege> ICEWARP_DEFAULTS = Collections.unmodifiableSet(EnumSet.of(
            SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, CREATE_TEMPORARY_TABLES, LOCK_TABLES));

    private final String sql;

    DatabasePrivilege(String sql) {
        this.sql = sql;
    }

    /**
     * Returns the privilege as SQL writes it, such as {@code CREATE TEMPORARY TABLES}; also the
     * value of {@code information_schema.SCHEMA_PRIVILEGES.PRIVILEGE_TYPE}.
     *
     * @return the SQL keyword(s)
     */
    public String sql() {
        return sql;
    }

    /**
     * Returns the privileges the cluster user gets by default: what IceWarp needs to read and
     * write its data and to create, alter, index and drop its own tables when
     * {@code tool create tables} runs or an upgrade changes the schema. That is SELECT, INSERT,
     * UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, CREATE TEMPORARY TABLES and LOCK TABLES.
     *
     * @return the default privileges, unmodifiable
     */
    public static Set<DatabasePrivilege> icewarpDefaults() {
        return ICEWARP_DEFAULTS;
    }

    /**
     * Finds a privilege by its SQL form ({@code LOCK TABLES}) or its constant name
     * ({@code LOCK_TABLES}), ignoring case.
     *
     * @param text the privilege
     * @return the privilege
     * @throws LbValidationException listing the accepted names when none matches
     */
    public static DatabasePrivilege parse(String text) {
        String requested = text.trim().toUpperCase(Locale.ROOT);
        for (DatabasePrivilege privilege : values()) {
            if (privilege.sql.equals(requested) || privilege.name().equals(requested)) {
                return privilege;
            }
        }
        throw new LbValidationException("unknown database privilege '" + text + "'; use one of "
                + EnumSet.allOf(DatabasePrivilege.class));
    }
}
