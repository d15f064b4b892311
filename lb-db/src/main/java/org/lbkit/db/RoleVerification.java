package org.lbkit.db;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.LbStyle;

/**
 * The findings of {@link DatabaseProvisioner#verify} for one database role, seen by the cluster's
 * database user: whether the database is there, uses utf8mb4, grants the user enough, and
 * already contains IceWarp's tables.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"role", "database", "skipped", "present", "characterSet", "collation", "utf8mb4",
        "privilegesSufficient", "missingPrivileges", "icewarpTablesPresent", "createTablesHint", "ready"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class RoleVerification {

    /**
     * Returns the role.
     *
     * @return the role
     */
    @JsonProperty("role")
    public abstract DatabaseRole role();

    /**
     * Returns the database name of the role.
     *
     * @return the database name
     */
    @JsonProperty("database")
    public abstract String database();

    /**
     * Returns why the role was not checked, such as a role stored as SQLite.
     *
     * @return the reason, if the role was skipped
     */
    public abstract Optional<String> skippedReason();

    /**
     * Returns whether the database exists and the cluster user can see it.
     *
     * @return {@code true} when present
     */
    @JsonProperty("present")
    @Value.Default
    public boolean present() {
        return false;
    }

    /**
     * Returns the database's default character set.
     *
     * @return the character set, if the database is present
     */
    public abstract Optional<String> characterSet();

    /**
     * Returns the database's default collation.
     *
     * @return the collation, if the database is present
     */
    public abstract Optional<String> collation();

    /**
     * Returns the privileges the cluster user lacks on the database.
     *
     * @return the missing privileges, empty when sufficient
     */
    @JsonProperty("missingPrivileges")
    public abstract List<DatabasePrivilege> missingPrivileges();

    /**
     * Returns whether IceWarp's tables exist, judged by its {@code MetaData} table.
     *
     * @return {@code true} when the {@code MetaData} table exists
     */
    @JsonProperty("icewarpTablesPresent")
    @Value.Default
    public boolean icewarpTablesPresent() {
        return false;
    }

    /**
     * Returns, when the database is ready but IceWarp's tables are missing, what to run on the
     * master to create them, with the password shown as {@code ****}.
     *
     * @return the hint, if tables are missing
     */
    public abstract Optional<String> createTablesHint();

    /**
     * Returns whether the database uses utf8mb4.
     *
     * @return {@code true} when its default character set is utf8mb4
     */
    @JsonProperty("utf8mb4")
    public boolean utf8mb4() {
        return characterSet().map("utf8mb4"::equalsIgnoreCase).orElse(false);
    }

    /**
     * Returns whether the cluster user has every configured privilege on the database.
     *
     * @return {@code true} when no privilege is missing and the database is present
     */
    @JsonProperty("privilegesSufficient")
    public boolean privilegesSufficient() {
        return present() && missingPrivileges().isEmpty();
    }

    /**
     * Returns whether IceWarp can use the database as it is: skipped roles count as ready.
     *
     * @return {@code true} when present, utf8mb4, with sufficient privileges, or skipped
     */
    @JsonProperty("ready")
    public boolean isReady() {
        return skippedReason().isPresent() || (present() && utf8mb4() && privilegesSufficient());
    }

    @JsonProperty("skipped")
    String skippedForJson() {
        return skippedReason().orElse(null);
    }

    @JsonProperty("characterSet")
    String characterSetForJson() {
        return characterSet().orElse(null);
    }

    @JsonProperty("collation")
    String collationForJson() {
        return collation().orElse(null);
    }

    @JsonProperty("createTablesHint")
    String createTablesHintForJson() {
        return createTablesHint().orElse(null);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RoleVerification}. */
    public static final class Builder extends ImmutableRoleVerification.Builder {
    }
}
