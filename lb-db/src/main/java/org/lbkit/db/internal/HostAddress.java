package org.lbkit.db.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.lbkit.model.LbValidationException;

/**
 * A node address as the host part of a MySQL account: an IPv4 address, an IPv6 address in the
 * compressed lower-case form of RFC 5952 (the form the server compares against), or a DNS name.
 * Wildcards ({@code %}, {@code _}) are rejected, because every node gets its own account.
 */
public final class HostAddress {

    /** The kind of address in a host part. */
    public enum Kind {
        /** Dotted-quad IPv4 address. */
        IPV4,
        /** IPv6 address. */
        IPV6,
        /** DNS name, which the server must resolve; servers with skip-name-resolve never match it. */
        DNS_NAME
    }

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final int MAX_DNS_NAME = 253;

    private final Kind kind;
    private final String host;
    private final String given;

    private HostAddress(Kind kind, String host, String given) {
        this.kind = kind;
        this.host = host;
        this.given = given;
    }

    /**
     * Parses a node address.
     *
     * <pre>
     * 192.168.100.83        → IPV4 192.168.100.83
     * 2001:DB8:0:0::0083    → IPV6 2001:db8::83
     * [::1]                 → IPV6 ::1
     * mail1.example.com     → DNS_NAME mail1.example.com
     * </pre>
     *
     * @param address the address from the cluster model
     * @return the host part
     * @throws LbValidationException naming the address and the accepted forms
     */
    public static HostAddress parse(String address) {
        String text = address.trim();
        if (IPV4.matcher(text).matches()) {
            return new HostAddress(Kind.IPV4, checkIpv4(text, address), address);
        }
        if (text.indexOf(':') >= 0) {
            String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
            return new HostAddress(Kind.IPV6, canonicalIpv6(bare, address), address);
        }
        if (isDnsName(text)) {
            String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
            return new HostAddress(Kind.DNS_NAME, name, address);
        }
        throw invalid(address, "it is not an IPv4 address, an IPv6 address or a DNS name");
    }

    /**
     * Returns the kind of address.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the host part to write in the account name.
     *
     * @return the canonical host
     */
    public String host() {
        return host;
    }

    /**
     * Returns the address as the cluster model gives it.
     *
     * @return the original text
     */
    public String given() {
        return given;
    }

    /**
     * Returns whether the host part differs from the address as given.
     *
     * @return {@code true} when it was rewritten in canonical form
     */
    public boolean rewritten() {
        return !host.equals(given);
    }

    private static String checkIpv4(String text, String address) {
        for (String part : text.split("\\.")) {
            if (part.length() > 1 && part.charAt(0) == '0') {
                throw invalid(address, "the part '" + part + "' has a leading zero, which the server never"
                        + " matches against a client address; write it without leading zeros");
            }
            if (Integer.parseInt(part) > 255) {
                throw invalid(address, "the part '" + part + "' is above 255");
            }
        }
        return text;
    }

    private static String canonicalIpv6(String text, String address) {
        if (text.indexOf('%') >= 0) {
            throw invalid(address, "it carries a zone index ('%…'), which a grant cannot match; remove it");
        }
        InetAddress parsed;
        try {
            // A literal containing ':' is parsed without any DNS lookup.
            parsed = InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw invalid(address, "it is not a valid IPv6 address");
        }
        if (!(parsed instanceof Inet6Address)) {
            throw invalid(address, "it is an IPv4-mapped IPv6 address; write the IPv4 address "
                    + parsed.getHostAddress() + " instead");
        }
        return compress(parsed.getAddress());
    }

    /** Formats 16 address bytes as RFC 5952 section 4 specifies: lower case, longest zero run as {@code ::}. */
    static String compress(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static boolean isDnsName(String text) {
        if (text.isEmpty() || text.length() > MAX_DNS_NAME) {
            return false;
        }
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        for (String label : name.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static LbValidationException invalid(String address, String why) {
        return new LbValidationException("node address '" + address + "' cannot be granted database access: "
                + why + "; give each node an IPv4 address, an IPv6 address or a DNS name");
    }

    @Override
    public String toString() {
        return host;
    }
}
