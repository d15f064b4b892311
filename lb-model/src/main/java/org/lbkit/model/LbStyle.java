package org.lbkit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.immutables.value.Value;

/**
 * Immutables style shared by every lbkit value type.
 *
 * <p>The generated {@code Immutable…} classes are package-private and hidden behind the abstract
 * type: users call {@code Node.builder()} and receive a {@code Node}. Builders reject a missing
 * required attribute with an {@link LbValidationException} that names it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        get = {"is*", "get*"},
        defaults = @Value.Immutable(copy = true),
        throwForInvalidImmutableState = LbValidationException.class,
        throwForNullPointer = LbValidationException.class)
public @interface LbStyle {
}
