package org.lbkit.db.internal;

/**
 * A database as {@code information_schema.SCHEMATA} describes it.
 *
 * @param name the exact name
 * @param characterSet the default character set
 * @param collation the default collation
 * @param tableCount how many tables it contains
 */
public record SchemaInfo(String name, String characterSet, String collation, int tableCount) {

    /**
     * Returns whether the database's defaults are utf8mb4 with a given collation.
     *
     * @param expectedCollation the collation
     * @return {@code true} when both match
     */
    public boolean matches(String expectedCollation) {
        return "utf8mb4".equalsIgnoreCase(characterSet) && expectedCollation.equalsIgnoreCase(collation);
    }
}
