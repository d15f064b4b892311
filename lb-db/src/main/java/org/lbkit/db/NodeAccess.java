package org.lbkit.db;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.Finding;
import org.lbkit.model.LbStyle;
import org.lbkit.model.Severity;

/**
 * The access one node gets when it logs in to the database server, read from the grant tables by
 * {@link DatabaseProvisioner#verifyAccess}: whether its account exists, accepts the cluster's
 * password, and has the configured privileges on each role's database.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"node", "address", "account", "ready", "accountExists", "accountLocked", "passwordExpired",
        "password", "grants", "findings"})
public abstract class NodeAccess {

    /**
     * Returns the node's name.
     *
     * @return the name, such as {@code server2}
     */
    @JsonProperty("node")
    public abstract String nodeName();

    /**
     * Returns the node's address as the cluster gives it.
     *
     * @return the address
     */
    @JsonProperty("address")
    public abstract String address();

    /**
     * Returns the account the node logs in as, with the host part in the form the server
     * compares, such as {@code 'icewarp'@'2001:db8::83'}.
     *
     * @return the quoted account name
     */
    @JsonProperty("account")
    public abstract String account();

    /**
     * Returns whether the account exists, matched exactly on user and host.
     *
     * @return {@code true} when it exists
     */
    @JsonProperty("accountExists")
    public abstract boolean accountExists();

    /**
     * Returns whether the account is locked, so that the server rejects every login.
     *
     * @return {@code true} when locked
     */
    @JsonProperty("accountLocked")
    @Value.Default
    public boolean accountLocked() {
        return false;
    }

    /**
     * Returns whether the account's password has expired, so that a login may only change it.
     *
     * @return {@code true} when expired
     */
    @JsonProperty("passwordExpired")
    @Value.Default
    public boolean passwordExpired() {
        return false;
    }

    /**
     * Returns whether the account's password is the cluster's.
     *
     * @return the check
     */
    @JsonProperty("password")
    public abstract PasswordCheck password();

    /**
     * Returns what the account may do on each role's database, for the roles stored in MySQL.
     *
     * @return the grants, in role order
     */
    @JsonProperty("grants")
    public abstract List<RoleGrant> grants();

    /**
     * Returns what is wrong or worth knowing about this node's access, each with its fix.
     *
     * @return the findings
     */
    @JsonProperty("findings")
    public abstract List<Finding> findings();

    /**
     * Returns the grant of one role.
     *
     * @param role a role stored in MySQL
     * @return its grant
     * @throws IllegalArgumentException when the role was skipped
     */
    public RoleGrant grant(DatabaseRole role) {
        return grants().stream().filter(g -> g.role() == role).findFirst().orElseThrow(() ->
                new IllegalArgumentException("role " + role.key() + " is not stored in MySQL, so it has no grant"));
    }

    /**
     * Returns whether the node can use every database: no finding of this node is an error.
     *
     * @return {@code true} when ready
     */
    @JsonProperty("ready")
    public boolean isReady() {
        return findings().stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link NodeAccess}. */
    public static final class Builder extends ImmutableNodeAccess.Builder {
    }
}
