package org.lbkit.db.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.lbkit.db.DatabasePrivilege;

/** The column of {@code mysql.db} that records each database-level privilege, the same on MySQL and MariaDB. */
final class PrivilegeColumns {

    private static final Map<DatabasePrivilege, String> COLUMNS = columns();

    private PrivilegeColumns() {
    }

    static String of(DatabasePrivilege privilege) {
        return COLUMNS.get(privilege);
    }

    /** Returns every privilege column, in the order of {@link DatabasePrivilege#values()}, joined by commas. */
    static String list() {
        return String.join(", ", COLUMNS.values());
    }

    /**
     * Returns the privileges a row grants, reading the columns of {@link #list()} from an offset.
     *
     * @param row the row, one {@code Y} or {@code N} per column
     * @param offset the index of the first privilege column
     * @return the privileges whose column contains {@code Y}
     */
    static Set<DatabasePrivilege> granted(String[] row, int offset) {
        DatabasePrivilege[] privileges = DatabasePrivilege.values();
        Set<DatabasePrivilege> granted = EnumSet.noneOf(DatabasePrivilege.class);
        for (int i = 0; i < privileges.length; i++) {
            if ("Y".equalsIgnoreCase(row[offset + i])) {
                granted.add(privileges[i]);
            }
        }
        return granted;
    }

    private static Map<DatabasePrivilege, String> columns() {
        Map<DatabasePrivilege, String> columns = new EnumMap<>(DatabasePrivilege.class);
        columns.put(DatabasePrivilege.SELECT, "Select_priv");
        columns.put(DatabasePrivilege.INSERT, "Insert_priv");
        columns.put(DatabasePrivilege.UPDATE, "Update_priv");
        columns.put(DatabasePrivilege.DELETE, "Delete_priv");
        columns.put(DatabasePrivilege.CREATE, "Create_priv");
        columns.put(DatabasePrivilege.DROP, "Drop_priv");
        columns.put(DatabasePrivilege.ALTER, "Alter_priv");
        columns.put(DatabasePrivilege.INDEX, "Index_priv");
        columns.put(DatabasePrivilege.REFERENCES, "References_priv");
        columns.put(DatabasePrivilege.CREATE_TEMPORARY_TABLES, "Create_tmp_table_priv");
        columns.put(DatabasePrivilege.LOCK_TABLES, "Lock_tables_priv");
        columns.put(DatabasePrivilege.CREATE_VIEW, "Create_view_priv");
        columns.put(DatabasePrivilege.SHOW_VIEW, "Show_view_priv");
        columns.put(DatabasePrivilege.CREATE_ROUTINE, "Create_routine_priv");
        columns.put(DatabasePrivilege.ALTER_ROUTINE, "Alter_routine_priv");
        columns.put(DatabasePrivilege.EXECUTE, "Execute_priv");
        columns.put(DatabasePrivilege.EVENT, "Event_priv");
        columns.put(DatabasePrivilege.TRIGGER, "Trigger_priv");
        return columns;
    }
}
