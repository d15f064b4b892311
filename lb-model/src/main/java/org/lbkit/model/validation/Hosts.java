package org.lbkit.model.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lbkit.model.internal.Ipv6Addresses;
import org.lbkit.model.internal.UncHosts;

/**
 * Classifies the host of a node, database server, share or load balancer without any lookup:
 * validity, a comparison key, loopback and unspecified addresses.
 */
final class Hosts {

    private static final Pattern IPV4_MAPPED = Pattern.compile("::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private Hosts() {
    }

    /**
     * Returns why a host is not an IPv4 address, an IPv6 address or a DNS name, if it is not.
     * A single-label NetBIOS name is accepted, as Windows resolves it.
     */
    static Optional<String> problem(String host) {
        try {
            UncHosts.parse(host, true);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Returns the form two hosts are compared in: a DNS name in lower case without a trailing
     * dot, an IPv6 address in canonical form, and an IPv4-mapped IPv6 address as IPv4.
     */
    static String key(String host) {
        String text = host.trim();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (Ipv6Addresses.looksLikeIpv6(text)) {
            return Ipv6Addresses.canonical(text).map(Hosts::unmapIpv4).orElse(text.toLowerCase(Locale.ROOT));
        }
        try {
            return UncHosts.parse(text, false).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        }
    }

    /** Returns whether a host is a loopback address or name: 127.0.0.0/8, ::1 or localhost. */
    static boolean isLoopback(String host) {
        String key = key(host);
        return key.equals("::1") || key.equals("localhost") || key.endsWith(".localhost")
                || IPV4.matcher(key).matches() && key.startsWith("127.");
    }

    /** Returns whether a host is the unspecified address 0.0.0.0 or ::, which names no machine. */
    static boolean isUnspecified(String host) {
        String key = key(host);
        return key.equals("0.0.0.0") || key.equals("::");
    }

    private static String unmapIpv4(String canonical) {
        Matcher mapped = IPV4_MAPPED.matcher(canonical);
        if (!mapped.matches()) {
            return canonical;
        }
        int high = Integer.parseInt(mapped.group(1), 16);
        int low = Integer.parseInt(mapped.group(2), 16);
        return (high >> 8) + "." + (high & 0xFF) + "." + (low >> 8) + "." + (low & 0xFF);
    }
}
