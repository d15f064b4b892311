package org.lbkit.db;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.LbStyle;

/** A database role the provisioner leaves alone, and why, such as a role stored as SQLite. */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"role", "reason"})
public abstract class SkippedRole {

    /**
     * Returns the role.
     *
     * @return the role
     */
    @JsonProperty("role")
    public abstract DatabaseRole role();

    /**
     * Returns why nothing is done for it.
     *
     * @return the reason
     */
    @JsonProperty("reason")
    public abstract String reason();

    /**
     * Creates a skipped role.
     *
     * @param role the role
     * @param reason why it is skipped
     * @return the value
     */
    public static SkippedRole of(DatabaseRole role, String reason) {
        return builder().role(role).reason(reason).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link SkippedRole}. */
    public static final class Builder extends ImmutableSkippedRole.Builder {
    }
}
