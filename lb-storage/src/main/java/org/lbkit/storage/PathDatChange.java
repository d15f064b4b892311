package org.lbkit.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/** One line of {@code path.dat} that a node's settings fix. JSON shows the redacted value. */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"line", "number", "value", "secret", "source"})
public abstract class PathDatChange {

    /**
     * Returns the line.
     *
     * @return the line
     */
    @JsonProperty("line")
    public abstract PathDatLine line();

    /**
     * Returns the 1-based line number.
     *
     * @return the number
     */
    @JsonProperty("number")
    public int number() {
        return line().number();
    }

    /**
     * Returns the line's content.
     *
     * @return the value, secrets included
     */
    @Value.Redacted
    public abstract String value();

    /**
     * Returns the content with every secret replaced by {@value RenderedFile#MASK}.
     *
     * @return the value safe to show
     */
    @JsonProperty("value")
    public abstract String redactedValue();

    /**
     * Returns whether the value contains a password (line 5 on Windows).
     *
     * @return {@code true} when it does
     */
    @JsonProperty("secret")
    public abstract boolean isSecret();

    /**
     * Returns the console field and model values the line comes from.
     *
     * @return the source
     */
    @JsonProperty("source")
    public abstract String source();

    /**
     * Creates a change without secret.
     *
     * @param line the line
     * @param value the content
     * @param source where the value comes from
     * @return the change
     */
    public static PathDatChange of(PathDatLine line, String value, String source) {
        return builder().line(line).value(value).redactedValue(value).secret(false).source(source).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link PathDatChange}. */
    public static final class Builder extends ImmutablePathDatChange.Builder {
    }
}
