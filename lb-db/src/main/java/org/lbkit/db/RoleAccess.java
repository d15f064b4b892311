package org.lbkit.db;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.Finding;
import org.lbkit.model.LbStyle;
import org.lbkit.model.Severity;

/**
 * One role's database as {@link DatabaseProvisioner#verifyAccess} found it: present under its
 * exact name, its character set and collation, and whether IceWarp's tables exist yet.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"role", "database", "skipped", "ready", "present", "characterSet", "collation",
        "expectedCollation", "icewarpTablesPresent", "createTablesHint", "findings"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class RoleAccess {

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
     * Returns why the role was not checked, such as a role stored as SQLite.
     *
     * @return the reason, if the role was skipped
     */
    public abstract Optional<String> skippedReason();

    /**
     * Returns whether a database of exactly this name exists.
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
     * Returns the collation the provisioner is configured to give this role's database.
     *
     * @return the configured collation, if the role is stored in MySQL
     */
    public abstract Optional<String> expectedCollation();

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
     * Returns, when the database is present but IceWarp's tables are missing, what to run on the
     * master to create them, with the password shown as {@code ****}.
     *
     * @return the hint, if tables are missing
     */
    public abstract Optional<String> createTablesHint();

    /**
     * Returns what is wrong or worth knowing about this database, each with its fix.
     *
     * @return the findings
     */
    @JsonProperty("findings")
    public abstract List<Finding> findings();

    /**
     * Returns whether IceWarp can use the database: skipped, or no finding is an error.
     *
     * @return {@code true} when ready
     */
    @JsonProperty("ready")
    public boolean isReady() {
        return findings().stream().noneMatch(f -> f.severity() == Severity.ERROR);
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

    @JsonProperty("expectedCollation")
    String expectedCollationForJson() {
        return expectedCollation().orElse(null);
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

    /** Builder of {@link RoleAccess}. */
    public static final class Builder extends ImmutableRoleAccess.Builder {
    }
}
