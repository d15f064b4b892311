package org.lbkit.model;

import java.util.Optional;

import org.immutables.value.Value;

/**
 * The shared disk: its root folder as a UNC path, the account every node uses to reach it, and
 * the names of the folders under the root.
 */
@Value.Immutable
@LbStyle
public abstract class Share {

    /**
     * Returns the root folder as written by the user, such as {@code \\192.168.100.74\icewarp\share\}.
     * The validator checks that it is a UNC path; {@code UncPath.parse(String)} gives the parsed
     * form.
     *
     * @return the root as text
     */
    public abstract String root();

    /**
     * Returns the share account's user name, without domain.
     *
     * @return the user
     */
    public abstract String user();

    /**
     * Returns the share account's password.
     *
     * @return the password
     */
    @Value.Redacted
    public abstract Secret password();

    /**
     * Returns the share account's domain, when it is a domain account.
     *
     * @return the domain, if any
     */
    public abstract Optional<String> domain();

    /**
     * Returns the folder names under the root.
     *
     * @return the folders
     */
    @Value.Default
    public ShareFolders folders() {
        return ShareFolders.defaults();
    }

    /**
     * Returns the user as IceWarp's remote connection writes it: <code>DOMAIN&#92;user</code> for a domain
     * account, else the bare user.
     *
     * @return the qualified user name
     */
    public String qualifiedUser() {
        return domain().map(d -> d + "\\" + user()).orElse(user());
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Share}. */
    public static final class Builder extends ImmutableShare.Builder {
    }
}
