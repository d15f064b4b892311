package org.lbkit.model.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Parses IPv6 address literals, with an optional zone, and writes them in the canonical text form
 * of RFC 5952: lower-case hexadecimal, no leading zeros, and the longest run of two or more zero
 * groups written as {@code ::}.
 */
public final class Ipv6Addresses {

    private static final int GROUPS = 8;

    private Ipv6Addresses() {
    }

    /**
     * Parses an IPv6 literal such as {@code FE80:0::1%4} and returns its canonical form
     * ({@code fe80::1%4}). A zone, when present, must be letters and digits only, because the
     * {@code ipv6-literal.net} form of a UNC host can carry nothing else.
     *
     * @param text the literal, without brackets
     * @return the canonical form, or empty when the text is not a valid IPv6 literal
     */
    public static Optional<String> canonical(String text) {
        int percent = text.indexOf('%');
        String address = percent < 0 ? text : text.substring(0, percent);
        String zone = percent < 0 ? null : text.substring(percent + 1);
        if (zone != null && !isZone(zone)) {
            return Optional.empty();
        }

        int[] groups = groups(address);
        if (groups == null) {
            return Optional.empty();
        }

        String canonical = write(groups);
        return Optional.of(zone == null ? canonical : canonical + "%" + zone);
    }

    /**
     * Returns whether a text looks like an IPv6 literal, that is contains a colon.
     *
     * @param text any text
     * @return {@code true} when the text contains {@code :}
     */
    public static boolean looksLikeIpv6(String text) {
        return text.indexOf(':') >= 0;
    }

    private static boolean isZone(String zone) {
        if (zone.isEmpty()) {
            return false;
        }
        for (int i = 0; i < zone.length(); i++) {
            char c = zone.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Returns the eight 16-bit groups, or {@code null} when the address is invalid. */
    private static int[] groups(String address) {
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        if (gap < 0) {
            int[] groups = parseGroups(address);
            return groups != null && groups.length == GROUPS ? groups : null;
        }

        int[] head = gap == 0 ? new int[0] : parseGroups(address.substring(0, gap));
        String tailText = address.substring(gap + 2);
        int[] tail = tailText.isEmpty() ? new int[0] : parseGroups(tailText);
        if (head == null || tail == null || head.length + tail.length > GROUPS - 1) {
            return null;
        }
        int[] groups = new int[GROUPS];
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, GROUPS - tail.length, tail.length);
        return groups;
    }

    /** Parses colon-separated groups; a dotted IPv4 address may end the list and counts as two. */
    private static int[] parseGroups(String text) {
        String[] parts = text.split(":", -1);
        boolean ipv4Tail = parts[parts.length - 1].indexOf('.') >= 0;
        int[] groups = new int[parts.length + (ipv4Tail ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (ipv4Tail && i == parts.length - 1) {
                int[] ipv4 = UncHosts.ipv4Octets(parts[i]);
                if (ipv4 == null) {
                    return null;
                }
                groups[i] = ipv4[0] << 8 | ipv4[1];
                groups[i + 1] = ipv4[2] << 8 | ipv4[3];
            } else if (!isHexGroup(parts[i])) {
                return null;
            } else {
                groups[i] = Integer.parseInt(parts[i], 16);
            }
        }
        return groups;
    }

    private static boolean isHexGroup(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static String write(int[] groups) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < GROUPS; i++) {
            int length = 0;
            while (i + length < GROUPS && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }

        StringBuilder text = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
