package org.lbkit.db.internal;

import java.util.Set;

import org.lbkit.db.DatabasePrivilege;

/**
 * One account of the cluster user as the server stores it: how it authenticates, whether it is
 * locked or its password expired, and its global privileges.
 *
 * @param host the host part, as stored
 * @param plugin the authentication plugin, such as {@code mysql_native_password}; empty on
 *        MariaDB before 10.4 for the native method
 * @param authenticationString the stored hash; a login credential for native accounts, so it is
 *        never shown
 * @param otherMethods how many more methods the account accepts ({@code IDENTIFIED VIA … OR …},
 *        MariaDB 10.4 and newer)
 * @param locked whether the account is locked ({@code ACCOUNT LOCK})
 * @param passwordExpired whether the server asks for a new password at the next login
 * @param globalPrivileges the privileges granted {@code ON *.*}
 */
record AccountAuth(String host, String plugin, String authenticationString, int otherMethods, boolean locked,
        boolean passwordExpired, Set<DatabasePrivilege> globalPrivileges) {

    /** Returns the host and plugin only; the stored hash is left out. */
    @Override
    public String toString() {
        return "AccountAuth{host=" + host + ", plugin=" + plugin + ", otherMethods=" + otherMethods
                + ", locked=" + locked + ", passwordExpired=" + passwordExpired + "}";
    }
}
