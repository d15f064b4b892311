package org.lbkit.model.internal;

import java.util.OptionalInt;

import org.lbkit.model.InvalidConnectionStringException;

/** Checks shared by the IceWarp connection string and the PDO DSN. */
public final class ConnectionFields {

    private ConnectionFields() {
    }

    /**
     * A host and an optional port, as read from {@code host}, {@code host:port},
     * {@code [ipv6]:port} or a bare IPv6 address.
     *
     * @param host the host, an IPv6 address without brackets; empty when none is given
     * @param port the port, if given
     */
    public record HostPort(String host, OptionalInt port) {
    }

    /**
     * Reads a {@code host[:port]} field. A bare IPv6 address (two colons or more, no brackets)
     * carries no port; with a port it must be bracketed, as in {@code [fd00::5]:3306}.
     *
     * @param text the field
     * @return the host and port
     * @throws InvalidConnectionStringException naming {@code host} or {@code port}
     */
    public static HostPort parseHostPort(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            String rest = close < 0 ? "" : text.substring(close + 1);
            if (close < 0 || !rest.isEmpty() && !rest.startsWith(":")) {
                throw new InvalidConnectionStringException("invalid host " + Characters.quote(text)
                        + ": write an IPv6 address with a port as [address]:port", "host");
            }
            String host = host(text.substring(1, close));
            return new HostPort(host, rest.isEmpty() ? OptionalInt.empty() : OptionalInt.of(port(rest.substring(1))));
        }

        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            return new HostPort(text.isEmpty() ? "" : host(text), OptionalInt.empty());
        }
        return new HostPort(host(text.substring(0, colon)), OptionalInt.of(port(text.substring(colon + 1))));
    }

    /**
     * Checks a host given on its own. Brackets around an IPv6 address are removed and the
     * address is written in canonical form. Any other host is kept as given.
     *
     * @param text the host
     * @return the host to store
     * @throws InvalidConnectionStringException naming {@code host} when it is empty, or contains
     *     {@code :} without being an IPv6 address
     */
    public static String host(String text) {
        String host = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (host.isEmpty()) {
            throw new InvalidConnectionStringException("the database host is empty", "host");
        }
        if (host.indexOf(':') < 0) {
            return host;
        }
        return Ipv6Addresses.canonical(host).orElseThrow(() -> new InvalidConnectionStringException(
                "invalid database host " + Characters.quote(text) + ": it contains ':' but is not an IPv6 address;"
                        + " give the port separately", "host"));
    }

    /**
     * Reads a TCP port written in decimal.
     *
     * @param text the port
     * @return the port, 1 to 65535
     * @throws InvalidConnectionStringException naming {@code port}
     */
    public static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidConnectionStringException("invalid port " + Characters.quote(text)
                    + ": write a number from 1 to 65535", "port");
        }
        return checkPort(Integer.parseInt(text));
    }

    /**
     * Checks a TCP port.
     *
     * @param port the port
     * @return the port
     * @throws InvalidConnectionStringException naming {@code port} when it is not 1 to 65535
     */
    public static int checkPort(int port) {
        if (port < 1 || port > 65_535) {
            throw new InvalidConnectionStringException("invalid port " + port + ": write a number from 1 to 65535",
                    "port");
        }
        return port;
    }

    /**
     * Rejects a value that contains a character its string cannot carry. The message names the
     * field and the character but never shows the value, which may be a password.
     *
     * @param value the value
     * @param field the field name, such as {@code password}
     * @param what the string, such as {@code IceWarp connection string}
     * @param forbidden the characters the string cannot carry
     * @throws InvalidConnectionStringException naming the field
     */
    public static void checkCarried(String value, String field, String what, String forbidden) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (forbidden.indexOf(c) >= 0) {
                String shown = c == ';' ? "';', which separates the fields" : Characters.describe(c);
                throw new InvalidConnectionStringException("the " + field + " contains " + shown + "; the " + what
                        + " has no escape for it, so change the " + field, field);
            }
        }
    }

    /**
     * Rejects a {@code null} argument with the field named.
     *
     * @param value the argument
     * @param field the field name
     * @throws InvalidConnectionStringException naming the field when the value is {@code null}
     */
    public static void checkNotNull(Object value, String field) {
        if (value == null) {
            throw new InvalidConnectionStringException("the " + field + " is null", field);
        }
    }
}
