package org.lbkit.db;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.LbStyle;

/**
 * The privileges of one node's account on one role's database, read from the grant tables by
 * {@link DatabaseProvisioner#verifyAccess}.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"role", "database", "privilegesSufficient", "missingPrivileges", "wildcardGrants"})
public abstract class RoleGrant {

    /**
     * Returns the role.
     *
     * @return the role
     */
    @JsonProperty("role")
    public abstract DatabaseRole role();

    /**
     * Returns the role's database name.
     *
     * @return the database name
     */
    @JsonProperty("database")
    public abstract String database();

    /**
     * Returns the configured privileges the account lacks on the database, counting its global
     * privileges and the database-level grant the server applies.
     *
     * @return the missing privileges, empty when sufficient
     */
    @JsonProperty("missingPrivileges")
    public abstract List<DatabasePrivilege> missingPrivileges();

    /**
     * Returns the patterns of the account's database-level grants that cover this database
     * through an unescaped {@code _} or {@code %}, and so cover other database names too, such as
     * {@code iw_gw}, which also covers {@code iwXgw}.
     *
     * @return the patterns as the server stores them, empty when every covering grant is exact
     */
    @JsonProperty("wildcardGrants")
    public abstract List<String> wildcardGrants();

    /**
     * Returns whether the account has every configured privilege on the database.
     *
     * @return {@code true} when no privilege is missing
     */
    @JsonProperty("privilegesSufficient")
    public boolean privilegesSufficient() {
        return missingPrivileges().isEmpty();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RoleGrant}. */
    public static final class Builder extends ImmutableRoleGrant.Builder {
    }
}
