package org.lbkit.model;

import java.util.SortedSet;

import org.immutables.value.Value;

/**
 * What an IceWarp licence covers: the licensed modules and the number of accounts. Every node of
 * a cluster must hold a licence for the same modules and the same number of accounts.
 */
@Value.Immutable
@LbStyle
public abstract class Licence {

    /**
     * Returns the licensed modules, such as {@code mail}, {@code groupware}, {@code activesync}.
     * Compared without regard to order.
     *
     * @return the module names, sorted
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> modules();

    /**
     * Returns the number of accounts the licence allows.
     *
     * @return the account count
     */
    public abstract int accounts();

    /**
     * Creates a licence.
     *
     * @param accounts the number of accounts
     * @param modules the licensed modules
     * @return the licence
     */
    public static Licence of(int accounts, String... modules) {
        return builder().accounts(accounts).addModules(modules).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Licence}. */
    public static final class Builder extends ImmutableLicence.Builder {
    }

    @Value.Check
    void check() {
        if (accounts() < 0) {
            throw new LbValidationException("licence accounts must be 0 or more but was " + accounts());
        }
    }
}
