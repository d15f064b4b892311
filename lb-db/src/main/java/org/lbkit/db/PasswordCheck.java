package org.lbkit.db;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * The outcome of comparing one account's stored password with the cluster's password, made
 * without logging in. It never contains the password or its hash.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"status", "plugin", "reason"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class PasswordCheck {

    /**
     * Returns the outcome.
     *
     * @return match, mismatch or unknown
     */
    @JsonProperty("status")
    public abstract PasswordStatus status();

    /**
     * Returns the account's authentication plugin, such as {@code mysql_native_password}.
     *
     * @return the plugin, empty when the account does not exist
     */
    public abstract Optional<String> plugin();

    /**
     * Returns why the status is what it is, such as the plugin that prevents a comparison.
     *
     * @return the reason
     */
    @JsonProperty("reason")
    public abstract String reason();

    @JsonProperty("plugin")
    String pluginForJson() {
        return plugin().orElse(null);
    }

    /**
     * Creates a check of an existing account.
     *
     * @param status the outcome
     * @param plugin the account's authentication plugin
     * @param reason why
     * @return the check
     */
    public static PasswordCheck of(PasswordStatus status, String plugin, String reason) {
        return builder().status(status).plugin(plugin).reason(reason).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link PasswordCheck}. */
    public static final class Builder extends ImmutablePasswordCheck.Builder {
    }
}
