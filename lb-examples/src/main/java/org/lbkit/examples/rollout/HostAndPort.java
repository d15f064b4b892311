package org.lbkit.examples.rollout;

/**
 * A host with an optional port, as written on a command line: {@code host}, {@code host:port},
 * {@code [ipv6]} or {@code [ipv6]:port}.
 *
 * @param host the host, IPv6 without brackets
 * @param port the port
 */
record HostAndPort(String host, int port) {

    static HostAndPort parse(String text, int defaultPort) {
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            int close = trimmed.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("invalid address '" + text + "': missing ']' after the IPv6"
                        + " address; write [2001:db8::1]:445");
            }
            String rest = trimmed.substring(close + 1);
            return new HostAndPort(trimmed.substring(1, close), rest.isEmpty() ? defaultPort : port(text, rest));
        }
        int colon = trimmed.indexOf(':');
        if (colon >= 0 && trimmed.indexOf(':', colon + 1) >= 0) {
            return new HostAndPort(trimmed, defaultPort);
        }
        if (colon < 0) {
            return new HostAndPort(trimmed, defaultPort);
        }
        return new HostAndPort(trimmed.substring(0, colon), port(text, trimmed.substring(colon)));
    }

    private static int port(String text, String colonAndPort) {
        try {
            int port = Integer.parseInt(colonAndPort.substring(1));
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            // Reported below with the whole text.
        }
        throw new IllegalArgumentException("invalid port in '" + text + "': write HOST:PORT with a port"
                + " from 1 to 65535");
    }
}
