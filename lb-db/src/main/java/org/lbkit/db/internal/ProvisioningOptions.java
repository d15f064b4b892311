package org.lbkit.db.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lbkit.db.CharsetPolicy;
import org.lbkit.db.DatabasePrivilege;
import org.lbkit.db.PasswordPolicy;
import org.lbkit.db.ProvisioningListener;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.Secret;

/**
 * Every option of a provisioner, checked by its builder.
 *
 * @param jdbcUrl the administration URL; empty to use the cluster's database server
 * @param adminUser the administration user
 * @param adminPassword its password
 * @param privileges what the cluster user gets on each database
 * @param collation the utf8mb4 collation of new databases
 * @param roleCollations collations that differ per role
 * @param passwordPolicy when the cluster user's password is set
 * @param charsetPolicy what happens to a database with another character set
 * @param connection TLS mode and timeouts
 * @param lockTimeout how long to wait for another provisioner
 * @param listener receives each step
 */
public record ProvisioningOptions(Optional<String> jdbcUrl, String adminUser, Secret adminPassword,
        Set<DatabasePrivilege> privileges, String collation, Map<DatabaseRole, String> roleCollations,
        PasswordPolicy passwordPolicy, CharsetPolicy charsetPolicy, ConnectionSettings connection,
        Duration lockTimeout, ProvisioningListener listener) {

    /**
     * Returns the collation a role's database uses.
     *
     * @param role the role
     * @return its collation
     */
    public String collationOf(DatabaseRole role) {
        return roleCollations.getOrDefault(role, collation);
    }
}
