package org.lbkit.model.internal;

import java.util.Locale;

/**
 * Validates the host part of a UNC path and decodes the {@code ipv6-literal.net} form.
 *
 * <p>Accepted hosts: a dotted IPv4 address; a DNS name following RFC 1123 (labels of letters,
 * digits and hyphens, at most 63 characters each and 253 in all); a NetBIOS name of at most 15
 * letters, digits, hyphens and underscores; or an IPv6 address written the way Windows needs it in
 * a UNC path, {@code 2001-db8--1.ipv6-literal.net}, where {@code -} stands for {@code :} and
 * {@code s} for the {@code %} of a zone.
 */
public final class UncHosts {

    /** The DNS suffix Windows resolves locally to the IPv6 address written before it. */
    public static final String IPV6_LITERAL_SUFFIX = ".ipv6-literal.net";

    private static final int MAX_DNS_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final int MAX_NETBIOS_LENGTH = 15;

    private UncHosts() {
    }

    /**
     * A validated host: the text to use for connecting (the decoded address for IPv6) and whether
     * it is an IPv6 address.
     *
     * @param name the host, or the canonical IPv6 address with its zone
     * @param ipv6 whether the host is an IPv6 address
     */
    public record Host(String name, boolean ipv6) {
    }

    /**
     * Validates a host.
     *
     * @param text the host
     * @param rawIpv6Allowed whether an IPv6 address may be written as such ({@code fe80::1%4},
     *     also in brackets); a UNC path cannot carry one, because Windows reads the colon as the
     *     start of a stream name
     * @return the validated host
     * @throws IllegalArgumentException with the reason, when the host is invalid
     */
    public static Host parse(String text, boolean rawIpv6Allowed) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the host is missing");
        }
        if (text.toLowerCase(Locale.ROOT).endsWith(IPV6_LITERAL_SUFFIX)) {
            return new Host(decodeIpv6Literal(text), true);
        }
        if (Ipv6Addresses.looksLikeIpv6(text) && !rawIpv6Allowed) {
            String hint = Ipv6Addresses.canonical(text).map(UncHosts::toIpv6Literal).orElse("2001-db8--1.ipv6-literal.net");
            throw new IllegalArgumentException("host '" + text + "' contains ':', which a UNC path cannot carry;"
                    + " write an IPv6 address in the ipv6-literal.net form, such as " + hint);
        }
        if (Ipv6Addresses.looksLikeIpv6(text)) {
            return Ipv6Addresses.canonical(text.startsWith("[") && text.endsWith("]")
                            ? text.substring(1, text.length() - 1) : text)
                    .map(address -> new Host(address, true))
                    .orElseThrow(() -> new IllegalArgumentException("host '" + text
                            + "' is not a valid IPv6 address"));
        }
        checkNameOrIpv4(text);
        return new Host(text, false);
    }

    /**
     * Writes an IPv6 address in the {@code ipv6-literal.net} form that UNC paths need.
     *
     * @param address a canonical IPv6 address, with an optional zone
     * @return the host name, such as {@code fe80--1s4.ipv6-literal.net}
     */
    public static String toIpv6Literal(String address) {
        return address.replace(':', '-').replace('%', 's') + IPV6_LITERAL_SUFFIX;
    }

    /**
     * Returns the four octets of a dotted IPv4 address written without leading zeros.
     *
     * @param text the text
     * @return the octets, or {@code null} when the text is not such an address
     */
    static int[] ipv4Octets(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !isDigits(part)
                    || part.length() > 1 && part.charAt(0) == '0') {
                return null;
            }
            octets[i] = Integer.parseInt(part);
            if (octets[i] > 255) {
                return null;
            }
        }
        return octets;
    }

    private static String decodeIpv6Literal(String text) {
        String label = text.substring(0, text.length() - IPV6_LITERAL_SUFFIX.length());
        int zoneStart = label.toLowerCase(Locale.ROOT).indexOf('s');
        String address = zoneStart < 0 ? label : label.substring(0, zoneStart);
        String zone = zoneStart < 0 ? "" : "%" + label.substring(zoneStart + 1);
        if (address.indexOf(':') >= 0 || address.indexOf('.') >= 0) {
            throw new IllegalArgumentException("host '" + text + "' is not a valid ipv6-literal.net name:"
                    + " write the address with '-' in place of ':', such as 2001-db8--1.ipv6-literal.net");
        }
        return Ipv6Addresses.canonical(address.replace('-', ':') + zone).orElseThrow(() ->
                new IllegalArgumentException("host '" + text + "' does not encode a valid IPv6 address:"
                        + " write it with '-' in place of ':' and 's' in place of the zone's '%',"
                        + " such as fe80--1s4.ipv6-literal.net"));
    }

    private static void checkNameOrIpv4(String text) {
        if (isDigitsAndDots(text)) {
            if (ipv4Octets(text) == null) {
                throw new IllegalArgumentException("host '" + text + "' is not a valid IPv4 address:"
                        + " write four numbers from 0 to 255 without leading zeros, such as 192.168.1.10");
            }
            return;
        }
        if (text.indexOf('.') < 0 && text.length() <= MAX_NETBIOS_LENGTH && isNetbiosName(text)) {
            return;
        }
        String problem = dnsNameProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException("host '" + text + "' is not a valid DNS or NetBIOS name: " + problem);
        }
    }

    private static String dnsNameProblem(String text) {
        if (text.length() > MAX_DNS_LENGTH) {
            return "it has " + text.length() + " characters, more than " + MAX_DNS_LENGTH;
        }
        for (String label : text.split("\\.", -1)) {
            if (label.isEmpty()) {
                return "it has an empty label (two dots in a row, or a dot at the start or end)";
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                return "the label '" + label + "' has more than " + MAX_LABEL_LENGTH + " characters";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "the label '" + label + "' starts or ends with '-'";
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isAsciiLetterOrDigit(c) && c != '-') {
                    return "the label '" + label + "' contains " + Characters.describe(label.codePointAt(i))
                            + "; only letters, digits and '-' are allowed";
                }
            }
        }
        return null;
    }

    private static boolean isNetbiosName(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return !text.startsWith("-");
    }

    private static boolean isDigitsAndDots(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
            digit |= c != '.';
        }
        return digit;
    }

    private static boolean isDigits(String text) {
        return isDigitsAndDots(text) && text.indexOf('.') < 0;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
