package org.lbkit.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * One IceWarp API variable a node must have, as {@code tool set system NAME VALUE} writes it.
 * JSON shows the redacted value under {@code value}; the real value of a secret variable never
 * leaves the object except through {@link #value()}.
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"name", "value", "secret", "source"})
public abstract class ApiVariable {

    /**
     * Returns the variable name as IceWarp's constants file spells it; IceWarp compares names
     * without regard to case.
     *
     * @return the name, such as {@code C_System_Storage_Dir_MailPath}
     */
    @JsonProperty("name")
    public abstract String name();

    /**
     * Returns the value to set.
     *
     * @return the value, secrets included
     */
    @Value.Redacted
    public abstract String value();

    /**
     * Returns the value with every secret in it replaced by {@value RenderedFile#MASK}.
     *
     * @return the value safe to show
     */
    @JsonProperty("value")
    public abstract String redactedValue();

    /**
     * Returns whether the value contains a password.
     *
     * @return {@code true} for connection strings and password variables
     */
    @JsonProperty("secret")
    public abstract boolean isSecret();

    /**
     * Returns where the value comes from: the console field it corresponds to and the model
     * values it is computed from.
     *
     * @return the source, such as {@code Storage > Directories > Mail: share root + folders.mail}
     */
    @JsonProperty("source")
    public abstract String source();

    /**
     * Creates a variable without secret.
     *
     * @param name the name
     * @param value the value
     * @param source where the value comes from
     * @return the variable
     */
    public static ApiVariable of(String name, String value, String source) {
        return builder().name(name).value(value).redactedValue(value).secret(false).source(source).build();
    }

    /**
     * Creates a variable whose value contains a secret.
     *
     * @param name the name
     * @param value the value
     * @param redactedValue the value with the secret masked
     * @param source where the value comes from
     * @return the variable
     */
    public static ApiVariable secret(String name, String value, String redactedValue, String source) {
        return builder().name(name).value(value).redactedValue(redactedValue).secret(true).source(source).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ApiVariable}. */
    public static final class Builder extends ImmutableApiVariable.Builder {
    }
}
