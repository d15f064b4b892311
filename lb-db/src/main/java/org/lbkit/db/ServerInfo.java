package org.lbkit.db;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.lbkit.model.LbStyle;

/**
 * The flavour and version of a database server, read from {@code SELECT VERSION()} and
 * {@code @@version_comment}.
 *
 * <p>Supported are MySQL 5.7.6 and newer (the first release with {@code CREATE USER IF NOT
 * EXISTS}) and MariaDB 10.1.3 and newer (the same statement).
 */
@Value.Immutable
@LbStyle
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"flavor", "major", "minor", "patch", "versionText"})
public abstract class ServerInfo {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** MariaDB answers the protocol handshake with this prefix so that old clients accept it. */
    private static final String MARIADB_HANDSHAKE_PREFIX = "5.5.5-";

    /**
     * Returns the server family.
     *
     * @return MySQL or MariaDB
     */
    @JsonProperty("flavor")
    public abstract ServerFlavor flavor();

    /**
     * Returns the major version, such as 8 for MySQL 8.4.2 or 10 for MariaDB 10.11.9.
     *
     * @return the major version
     */
    @JsonProperty("major")
    public abstract int major();

    /**
     * Returns the minor version.
     *
     * @return the minor version
     */
    @JsonProperty("minor")
    public abstract int minor();

    /**
     * Returns the patch version, 0 when the server reported none.
     *
     * @return the patch version
     */
    @JsonProperty("patch")
    public abstract int patch();

    /**
     * Returns the version text as the server reported it, such as
     * {@code 10.11.19-MariaDB-0+deb12u1}.
     *
     * @return the version text
     */
    @JsonProperty("versionText")
    public abstract String versionText();

    /**
     * Creates a server description from version numbers.
     *
     * @param flavor the server family
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @return the description, with a version text built from the numbers
     */
    public static ServerInfo of(ServerFlavor flavor, int major, int minor, int patch) {
        return builder().flavor(flavor).major(major).minor(minor).patch(patch)
                .versionText(major + "." + minor + "." + patch).build();
    }

    /**
     * Parses what a server reports about itself.
     *
     * <table>
     *   <caption>Examples</caption>
     *   <tr><th>version</th><th>comment</th><th>result</th></tr>
     *   <tr><td>{@code 8.0.36}</td><td>{@code MySQL Community Server - GPL}</td><td>MySQL 8.0.36</td></tr>
     *   <tr><td>{@code 10.11.19-MariaDB-0+deb12u1}</td><td>{@code Debian 12}</td><td>MariaDB 10.11.19</td></tr>
     *   <tr><td>{@code 5.5.5-10.6.18-MariaDB}</td><td></td><td>MariaDB 10.6.18</td></tr>
     *   <tr><td>{@code 11.4.2-MariaDB-log}</td><td></td><td>MariaDB 11.4.2</td></tr>
     * </table>
     *
     * @param version the result of {@code SELECT VERSION()}
     * @param versionComment the value of {@code @@version_comment}; may be empty
     * @return the description
     * @throws LbDatabaseException of kind {@link LbDatabaseException.Kind#UNSUPPORTED_SERVER}
     *         when the text holds no version number
     */
    public static ServerInfo parse(String version, String versionComment) {
        String comment = versionComment == null ? "" : versionComment;
        boolean mariaDb = (version + " " + comment).toLowerCase(Locale.ROOT).contains("mariadb");
        String numbers = mariaDb && version.startsWith(MARIADB_HANDSHAKE_PREFIX)
                ? version.substring(MARIADB_HANDSHAKE_PREFIX.length())
                : version;

        Matcher matcher = VERSION.matcher(numbers);
        if (!matcher.lookingAt()) {
            throw new LbDatabaseException(LbDatabaseException.Kind.UNSUPPORTED_SERVER,
                    "cannot read a version number from the server's version '" + version
                            + "'; lbkit supports MySQL 5.7.6 or newer and MariaDB 10.1.3 or newer");
        }
        int patch = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return builder()
                .flavor(mariaDb ? ServerFlavor.MARIADB : ServerFlavor.MYSQL)
                .major(Integer.parseInt(matcher.group(1)))
                .minor(Integer.parseInt(matcher.group(2)))
                .patch(patch)
                .versionText(version)
                .build();
    }

    /**
     * Returns whether this server's version is the given one or newer.
     *
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @return {@code true} when this version is at least the given one
     */
    public boolean isAtLeast(int major, int minor, int patch) {
        if (major() != major) {
            return major() > major;
        }
        if (minor() != minor) {
            return minor() > minor;
        }
        return patch() >= patch;
    }

    /**
     * Returns whether lbkit can provision this server: MySQL 5.7.6 or newer, MariaDB 10.1.3 or
     * newer.
     *
     * @return {@code true} when supported
     */
    public boolean isSupported() {
        return flavor() == ServerFlavor.MYSQL ? isAtLeast(5, 7, 6) : isAtLeast(10, 1, 3);
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ServerInfo}. */
    public static final class Builder extends ImmutableServerInfo.Builder {
    }

    /** Returns the flavour and the version numbers, such as {@code MariaDB 10.11.19}. */
    @Override
    public String toString() {
        return flavor().displayName() + " " + major() + "." + minor() + "." + patch();
    }
}
