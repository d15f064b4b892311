package org.lbkit.db;

/** The family of database server the provisioner talks to. */
public enum ServerFlavor {
    /** Oracle MySQL, and builds that report themselves as MySQL (such as Percona Server). */
    MYSQL("MySQL"),
    /** MariaDB, which reports {@code MariaDB} in its version string. */
    MARIADB("MariaDB");

    private final String displayName;

    ServerFlavor(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the product name as the vendor writes it.
     *
     * @return {@code MySQL} or {@code MariaDB}
     */
    public String displayName() {
        return displayName;
    }
}
