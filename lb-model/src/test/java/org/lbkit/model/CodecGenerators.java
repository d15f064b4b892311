package org.lbkit.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lbkit.model.internal.WindowsNames;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the codec property tests: valid hosts, shares, folder names, users
 * and passwords that contain the characters most likely to break a codec, and arbitrary text.
 */
final class CodecGenerators {

    /** Characters that separate, escape or encode something in one of the codecs. */
    static final List<String> NASTY = List.of(";", "|", "\\", "/", "%", "@", "#", " ", ":", "?", "*", "\"", "<", ">",
            "'", "+", "=", ",", "[", "]", "$", "&", "!", "~", ".", "..", "-", "_", "\t", "\r", "\n", "\u0000",
            "\u0007", "\u007F", "\u00A0", "é", "ß", "İ", "\u0301", "\u200B", "\uD83D\uDCE7", "\uD800", "\uDFFF",
            "\\\\", "//", "%25", "%zz", "[::1]", "ipv6-literal.net");

    private static final List<String> LETTERS = codePoints("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static final List<String> DIGITS = codePoints("0123456789");

    // Allowed in folder names, including the characters that separate or escape something in a
    // remote-connection string or a URL.
    private static final List<String> SEGMENT_EXTRA = List.of(";", "%", "@", "#", " ", ".", "'", "+", "=", ",", "[",
            "]", "$", "&", "!", "~", "-", "_", "(", ")", "{", "}", "^", "`", "é", "ß", "Ω", "中", "\u00A0",
            "\uD83D\uDCE7", "\uD834\uDD1E");

    private static final List<String> SHARE_EXTRA = List.of("%", "@", "#", " ", ".", "'", "$", "&", "!", "~", "-",
            "_", "(", ")", "{", "}", "^", "é", "中", "\uD83D\uDCE7");

    // Everything a remote-connection user or password may carry: no ';', '|' or line break.
    private static final List<String> CREDENTIAL_EXTRA = List.of("\\", "/", "%", "@", "#", " ", "\t", ":", "?", "*",
            "\"", "<", ">", "'", "+", "=", ",", "[", "]", "$", "&", "!", "~", ".", "-", "_", "\u0007", "é",
            "İ", "\u00A0", "\uD83D\uDCE7", "%3B", "%7C");

    private CodecGenerators() {
    }

    /**
     * Returns hosts as a UNC path writes them: IPv4, DNS names, NetBIOS names, and IPv6 addresses
     * in the {@code ipv6-literal.net} form, some with a zone.
     */
    static Gen<String> uncHosts() {
        return Generate.oneOf(ipv4(), dnsNames(), netbiosNames(), ipv6().map(CodecGenerators::toIpv6Literal));
    }

    /** Returns hosts as {@link UncPath#of} accepts them, raw IPv6 addresses included. */
    static Gen<String> rawHosts() {
        return Generate.oneOf(ipv4(), dnsNames(), netbiosNames(), ipv6());
    }

    static Gen<String> ipv4() {
        Gen<Integer> octet = integers().between(0, 255);
        return octet.zip(octet, octet, octet, (a, b, c, d) -> a + "." + b + "." + c + "." + d);
    }

    static Gen<String> dnsNames() {
        List<String> alphanumeric = concat(LETTERS, DIGITS);
        Gen<String> label = join(alphanumeric, 1, 1).zip(join(concat(alphanumeric, List.of("-")), 0, 12),
                join(alphanumeric, 0, 1), (first, middle, last) -> middle.endsWith("-") && last.isEmpty()
                        ? first + middle + "x" : first + middle + last);
        Gen<String> firstLabel = join(LETTERS, 1, 1).zip(label, (letter, rest) -> letter + rest);
        return lists().of(label).ofSizeBetween(0, 3)
                .zip(firstLabel, (rest, first) -> rest.isEmpty() ? first : first + "." + String.join(".", rest));
    }

    static Gen<String> netbiosNames() {
        return join(LETTERS, 1, 1).zip(join(concat(LETTERS, DIGITS, List.of("-", "_")), 0, 13),
                (first, rest) -> first + rest + "_");
    }

    /** Returns raw IPv6 addresses in any case, with runs of zeros and sometimes a zone. */
    static Gen<String> ipv6() {
        Gen<String> group = Generate.oneOf(Generate.constant("0"), Generate.constant("0000"),
                integers().between(0, 0xFFFF).map(Integer::toHexString),
                integers().between(0, 0xFFFF).map(value -> Integer.toHexString(value).toUpperCase(Locale.ROOT)));
        Gen<String> zone = Generate.oneOf(Generate.constant(""), Generate.constant("%4"), Generate.constant("%eth0"),
                Generate.constant("%s1"));
        return lists().of(group).ofSize(8).zip(zone, (groups, z) -> String.join(":", groups) + z);
    }

    /** Returns valid share names, up to the 80-character limit, some ending with {@code $}. */
    static Gen<String> shares() {
        List<String> pool = concat(LETTERS, DIGITS, SHARE_EXTRA);
        return join(pool, 0, 30).zip(join(concat(LETTERS, DIGITS, List.of("$", "é", "_")), 1, 1),
                (body, last) -> body + last).assuming(share -> share.length() <= WindowsNames.MAX_SHARE_LENGTH);
    }

    /** Returns valid folder names, with the characters that other formats treat specially. */
    static Gen<String> segments() {
        List<String> pool = concat(LETTERS, DIGITS, SEGMENT_EXTRA);
        Gen<String> ordinary = join(pool, 0, 20).zip(join(concat(LETTERS, DIGITS, List.of("#", "%", ";")), 1, 1),
                (body, last) -> body + last);
        Gen<String> longest = join(concat(LETTERS, DIGITS), 1, 1).map(c -> c.repeat(WindowsNames.MAX_SEGMENT_LENGTH));
        return Generate.frequency(List.of(Pair.of(30, ordinary), Pair.of(1, longest)))
                .assuming(segment -> !WindowsNames.isReservedDeviceName(segment));
    }

    static Gen<List<String>> segmentLists() {
        return lists().of(segments()).ofSizeBetween(0, 5);
    }

    static Gen<UncPath> uncPaths() {
        return uncHosts().zip(shares(), segmentLists(), CodecGenerators::path);
    }

    /** Returns paths a remote-connection string can carry, that is without {@code ;}. */
    static Gen<UncPath> carriableUncPaths() {
        Gen<List<String>> segments = segmentLists().map(list -> list.stream()
                .map(segment -> segment.replace(';', '_')).collect(Collectors.toList()));
        return uncHosts().zip(shares(), segments, CodecGenerators::path);
    }

    private static UncPath path(String host, String share, List<String> segments) {
        return UncPath.parse("\\\\" + host + "\\" + share + "\\" + String.join("\\", segments));
    }

    /** Returns users a remote-connection string can carry: <code>DOMAIN&#92;user</code>, {@code user@domain}, odd ones. */
    static Gen<String> users() {
        return join(concat(LETTERS, DIGITS, CREDENTIAL_EXTRA), 0, 20);
    }

    /** Returns passwords a remote-connection string can carry; none ends with a space or tab. */
    static Gen<String> passwords() {
        return join(concat(LETTERS, DIGITS, CREDENTIAL_EXTRA), 0, 24)
                .assuming(password -> !password.endsWith(" ") && !password.endsWith("\t"));
    }

    /** Returns any text, built from the nasty characters and a few letters. */
    static Gen<String> nastyText(int maxPieces) {
        return join(concat(NASTY, List.of("a", "B", "7", "fs01", "share", "CON")), 0, maxPieces);
    }

    /** Returns text that begins like a UNC path and goes on with nasty characters. */
    static Gen<String> uncLikeText() {
        return Generate.pick(List.of("\\\\", "//", "\\\\?\\UNC\\", "\\\\fs01\\", "\\\\fs01\\share\\", "\\/"))
                .zip(nastyText(12), (prefix, rest) -> prefix + rest);
    }

    static String toIpv6Literal(String address) {
        return address.replace(':', '-').replace('%', 's') + ".ipv6-literal.net";
    }

    private static Gen<String> join(List<String> pool, int min, int max) {
        return lists().of(Generate.pick(pool)).ofSizeBetween(min, max).map(parts -> String.join("", parts));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... pools) {
        List<String> all = new ArrayList<>();
        for (List<String> pool : pools) {
            all.addAll(pool);
        }
        return all;
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).collect(Collectors.toList());
    }
}
