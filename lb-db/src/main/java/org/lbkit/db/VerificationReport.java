package org.lbkit.db;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.DatabaseRole;
import org.lbkit.model.LbStyle;

/**
 * The findings of {@link DatabaseProvisioner#verify} per database role, made while connected as
 * the cluster's database user. Serialises to JSON with a plain Jackson {@code ObjectMapper}.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"cluster", "server", "jdbcUrl", "account", "ready", "roles"})
public abstract class VerificationReport {

    /**
     * Returns the name of the cluster verified.
     *
     * @return the cluster name
     */
    @JsonProperty("cluster")
    public abstract String clusterName();

    /**
     * Returns the server verified.
     *
     * @return the flavour and version
     */
    @JsonProperty("server")
    public abstract ServerInfo server();

    /**
     * Returns the URL connected to, without password.
     *
     * @return the redacted JDBC URL
     */
    @JsonProperty("jdbcUrl")
    public abstract String jdbcUrl();

    /**
     * Returns the account the server matched, such as {@code icewarp@192.168.100.83}.
     *
     * @return the value of {@code CURRENT_USER()}
     */
    @JsonProperty("account")
    public abstract String account();

    /**
     * Returns the result per role, in role order.
     *
     * @return the role results
     */
    @JsonProperty("roles")
    public abstract List<RoleVerification> roles();

    /**
     * Returns the result of one role.
     *
     * @param role the role
     * @return its result
     */
    public RoleVerification role(DatabaseRole role) {
        return roles().stream().filter(r -> r.role() == role).findFirst().orElseThrow(() ->
                new IllegalArgumentException("role " + role + " was not verified"));
    }

    /**
     * Returns the roles IceWarp cannot use yet.
     *
     * @return the roles that are not ready
     */
    public List<RoleVerification> problems() {
        return roles().stream().filter(r -> !r.isReady()).collect(Collectors.toList());
    }

    /**
     * Returns whether every role is ready for IceWarp.
     *
     * @return {@code true} when no role has a problem
     */
    @JsonProperty("ready")
    public boolean isReady() {
        return problems().isEmpty();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link VerificationReport}. */
    public static final class Builder extends ImmutableVerificationReport.Builder {
    }
}
