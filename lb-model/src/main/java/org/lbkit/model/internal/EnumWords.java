package org.lbkit.model.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.lbkit.model.DatabaseRole;

/**
 * The words cluster files use for enum values: the constant in lower case with {@code -} for
 * {@code _} ({@code MYSQL_CLIENT} is {@code mysql-client}), and {@link DatabaseRole#key()} for
 * database roles. Reading ignores case and accepts {@code _} too.
 */
public final class EnumWords {

    private EnumWords() {
    }

    /**
     * Returns the word written for a value.
     *
     * @param value the enum value
     * @return the word
     */
    public static String word(Enum<?> value) {
        if (value instanceof DatabaseRole) {
            return ((DatabaseRole) value).key();
        }
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns every value of an enum keyed by its word, in declaration order.
     *
     * @param type the enum type
     * @param <E> the enum
     * @return the choices
     */
    public static <E extends Enum<E>> Map<String, E> choices(Class<E> type) {
        Map<String, E> choices = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            choices.put(word(value), value);
        }
        return choices;
    }
}
