package org.lbkit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.lbkit.model.internal.PercentEncoding;
import org.lbkit.model.internal.UncHosts;
import org.lbkit.model.internal.UncHosts.Host;
import org.lbkit.model.internal.WindowsNames;

/**
 * A normalised UNC path, {@code \\host\share\folder\…}, as IceWarp's settings and the SMB
 * libraries use it.
 *
 * <p>{@link #parse(String)} accepts {@code \} or {@code /} separators, a trailing separator and
 * the long form {@code \\?\UNC\host\share\…}. It drops {@code .} segments and resolves
 * {@code ..} segments; a {@code ..} that would climb above the share is rejected, never clamped.
 * The host is an IPv4 address, a DNS or NetBIOS name, or an IPv6 address in the
 * {@code ipv6-literal.net} form that Windows needs ({@code fe80--1s4.ipv6-literal.net} for
 * {@code fe80::1%4}). The share name and every folder name follow Windows' naming rules.
 *
 * <p>Equality is exact and case-sensitive on the canonical form given by {@link #toString()};
 * {@link #isSameLocation(UncPath)} compares the way Windows does, ignoring case. Neither can tell
 * that two different host names reach the same server.
 */
public final class UncPath {

    /** Maximum length of a path written in the {@code \\?\UNC\} long form, in UTF-16 code units. */
    public static final int MAX_LENGTH = 32_767;

    private static final String LONG_FORM_PREFIX = "\\\\?\\UNC\\";

    private final String host;
    private final boolean ipv6;
    private final String share;
    private final List<String> segments;
    private final String text;

    private UncPath(Host host, String share, List<String> segments) {
        this.host = host.name();
        this.ipv6 = host.ipv6();
        this.share = share;
        this.segments = List.copyOf(segments);
        StringBuilder canonical = new StringBuilder("\\\\")
                .append(ipv6 ? UncHosts.toIpv6Literal(this.host) : this.host)
                .append('\\').append(share);
        for (String segment : segments) {
            canonical.append('\\').append(segment);
        }
        this.text = canonical.toString();
    }

    /**
     * Parses and normalises a UNC path.
     *
     * @param text such as {@code \\fs01\icewarp\share\}, {@code //fs01/icewarp/share} or
     *     {@code \\?\UNC\fs01\icewarp\share}
     * @return the path
     * @throws InvalidUncPathException when the text is {@code null}, not a UNC path, has an invalid
     *     host, share or folder name, climbs above its share, or is longer than {@link #MAX_LENGTH}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UncPath parse(String text) {
        if (text == null) {
            throw new InvalidUncPathException(null, "the text is null");
        }
        if (text.length() > MAX_LENGTH + LONG_FORM_PREFIX.length()) {
            throw new InvalidUncPathException(text, "it has " + text.length() + " characters, more than "
                    + "the " + MAX_LENGTH + " Windows allows");
        }

        String[] parts = withoutPrefix(text).split("[\\\\/]", -1);
        Host host = host(text, parts[0], false);
        String share = parts.length < 2 ? "" : parts[1];
        checkShare(text, share);
        List<String> segments = resolveParts(text, host, share, new ArrayList<>(),
                Arrays.asList(parts).subList(Math.min(2, parts.length), parts.length));
        return create(text, host, share, segments);
    }

    /**
     * Creates a path from its parts, checked like {@link #parse(String)}.
     *
     * @param host an IPv4 address, DNS or NetBIOS name, an IPv6 address (raw, such as
     *     {@code fe80::1%4}, or in the {@code ipv6-literal.net} form)
     * @param share the share name
     * @param segments the folder names below the share; {@code .} is dropped and {@code ..}
     *     removes the previous name
     * @return the path
     * @throws InvalidUncPathException when a part is {@code null}, empty or invalid
     */
    public static UncPath of(String host, String share, String... segments) {
        String input = inputText(host, share, segments);
        if (host == null || share == null || segments == null || Arrays.asList(segments).contains(null)) {
            throw new InvalidUncPathException(input, "the host, the share and every segment must be non-null");
        }

        Host parsedHost = host(input, host, true);
        checkShare(input, share);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw new InvalidUncPathException(input, "a segment is empty");
            }
        }
        List<String> resolved = resolveParts(input, parsedHost, share, new ArrayList<>(), Arrays.asList(segments));
        return create(input, parsedHost, share, resolved);
    }

    /**
     * Returns the host: the name or IPv4 address as written, or the IPv6 address in canonical
     * form with its zone, such as {@code fe80::1%4}.
     *
     * @return the host
     */
    public String host() {
        return host;
    }

    /**
     * Returns whether the host is an IPv6 address.
     *
     * @return {@code true} for a host written in the {@code ipv6-literal.net} form
     */
    public boolean isIpv6() {
        return ipv6;
    }

    /**
     * Returns the share name.
     *
     * @return the share
     */
    public String share() {
        return share;
    }

    /**
     * Returns the folder names below the share, outermost first.
     *
     * @return the segments, empty at the share root; unmodifiable
     */
    public List<String> segments() {
        return segments;
    }

    /**
     * Returns whether this path is the root of its share.
     *
     * @return {@code true} when there is no segment
     */
    public boolean isShareRoot() {
        return segments.isEmpty();
    }

    /**
     * Returns whether the share is hidden, such as the administrative shares {@code C$} and
     * {@code ADMIN$}. A local account reaching one over the network gets a filtered token and is
     * denied access unless the server sets {@code LocalAccountTokenFilterPolicy}.
     *
     * @return {@code true} when the share name ends with {@code $}
     */
    public boolean isAdminShare() {
        return share.endsWith("$");
    }

    /**
     * Resolves a relative path against this one.
     *
     * @param relative one or more names separated by {@code \} or {@code /}, such as
     *     {@code mail\_outgoing}; {@code .} is dropped and {@code ..} climbs one level
     * @return the resolved path, this path when {@code relative} is empty
     * @throws InvalidUncPathException when {@code relative} is {@code null}, starts with a
     *     separator, contains an invalid name, or climbs above the share
     */
    public UncPath resolve(String relative) {
        if (relative == null) {
            throw new InvalidUncPathException(null, "the relative path to resolve against " + text + " is null");
        }
        if (!relative.isEmpty() && isSeparator(relative.charAt(0))) {
            throw new InvalidUncPathException(relative, "it is not relative; remove the leading separator"
                    + " to resolve it against " + text);
        }
        if (relative.isEmpty()) {
            return this;
        }

        List<String> parts = Arrays.asList(relative.split("[\\\\/]", -1));
        List<String> resolved = resolveParts(relative, new Host(host, ipv6), share, new ArrayList<>(segments), parts);
        return create(relative, new Host(host, ipv6), share, resolved);
    }

    /**
     * Returns the folder that contains this one.
     *
     * @return the parent, or empty at the share root
     */
    public Optional<UncPath> parent() {
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UncPath(new Host(host, ipv6), share, segments.subList(0, segments.size() - 1)));
    }

    /**
     * Returns whether two paths name the same folder when compared as Windows does, ignoring case.
     *
     * @param other the other path
     * @return {@code true} when host, share and every segment are equal ignoring case
     */
    public boolean isSameLocation(UncPath other) {
        return other != null && segments.size() == other.segments.size() && isWithin(other);
    }

    /**
     * Returns whether this path is the given one or lies below it, ignoring case.
     *
     * @param ancestor the possible ancestor
     * @return {@code true} when this path equals {@code ancestor} or is inside it
     */
    public boolean isWithin(UncPath ancestor) {
        if (ancestor == null || !host.equalsIgnoreCase(ancestor.host) || !share.equalsIgnoreCase(ancestor.share)
                || ancestor.segments.size() > segments.size()) {
            return false;
        }
        for (int i = 0; i < ancestor.segments.size(); i++) {
            if (!segments.get(i).equalsIgnoreCase(ancestor.segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the names that lead from this path down to a descendant.
     *
     * @param descendant a path within this one
     * @return the descendant's segments below this path, empty when both name the same folder
     * @throws IllegalArgumentException when {@code descendant} is not within this path
     */
    public List<String> relativeSegments(UncPath descendant) {
        if (descendant == null || !descendant.isWithin(this)) {
            throw new IllegalArgumentException((descendant == null ? "null" : descendant.text)
                    + " is not within " + text);
        }
        return List.copyOf(descendant.segments.subList(segments.size(), descendant.segments.size()));
    }

    /**
     * Returns the path as a directory, with the trailing backslash IceWarp expects in its
     * settings, such as {@code \\fs01\icewarp\share\mail\}.
     *
     * @return the canonical form followed by {@code \}
     */
    public String toDirectoryString() {
        return text + "\\";
    }

    /**
     * Returns the long form, {@code \\?\UNC\host\share\…}, which Windows needs for paths longer
     * than 259 characters.
     *
     * @return the long form
     */
    public String toLongFormString() {
        return LONG_FORM_PREFIX + text.substring(2);
    }

    /**
     * Returns the directory URL that jcifs-ng and other SMB clients take, such as
     * {@code smb://fs01/icewarp/share/}. The share and every folder name are percent-encoded as
     * UTF-8; an IPv6 host is bracketed, with the zone's {@code %} written {@code %25}.
     *
     * @return the URL, ending with {@code /}
     */
    public String toSmbUrl() {
        return "smb://" + urlHost() + urlPath();
    }

    /**
     * Returns the directory URL with an explicit port, such as {@code smb://fs01:4450/icewarp/}.
     * jcifs-ng reads a non-default port only from the URL.
     *
     * @param port the TCP port, 1 to 65535
     * @return the URL, ending with {@code /}
     * @throws IllegalArgumentException when the port is out of range
     */
    public String toSmbUrl(int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMB port must be between 1 and 65535 but was " + port);
        }
        return "smb://" + urlHost() + ":" + port + urlPath();
    }

    /**
     * Compares the canonical forms exactly; see {@link #isSameLocation(UncPath)} for the Windows
     * comparison.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UncPath && text.equals(((UncPath) other).text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Returns the canonical form: {@code \\host\share\a\b}, backslashes only, no trailing
     * separator, an IPv6 host in the {@code ipv6-literal.net} form.
     */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    private String urlHost() {
        return ipv6 ? "[" + host.replace("%", "%25") + "]" : host;
    }

    private String urlPath() {
        StringBuilder path = new StringBuilder("/").append(PercentEncoding.encodeSegment(share)).append('/');
        for (String segment : segments) {
            path.append(PercentEncoding.encodeSegment(segment)).append('/');
        }
        return path.toString();
    }

    private static String withoutPrefix(String text) {
        boolean twoSeparators = text.length() >= 2 && isSeparator(text.charAt(0)) && isSeparator(text.charAt(1));
        if (!twoSeparators) {
            throw new InvalidUncPathException(text, "a UNC path starts with two backslashes,"
                    + " as in \\\\host\\share\\folder");
        }
        if (text.length() >= 4 && text.charAt(2) == '?' && isSeparator(text.charAt(3))) {
            String rest = text.substring(4);
            if (rest.length() >= 4 && rest.regionMatches(true, 0, "UNC", 0, 3) && isSeparator(rest.charAt(3))) {
                return rest.substring(4);
            }
            throw new InvalidUncPathException(text, "the \\\\?\\ prefix is followed by a local path;"
                    + " a UNC path in long form starts with \\\\?\\UNC\\host\\share");
        }
        if (text.length() > 2 && isSeparator(text.charAt(2))) {
            throw new InvalidUncPathException(text, "the host is missing: the path starts with more than two"
                    + " separators");
        }
        return text.substring(2);
    }

    private static Host host(String input, String text, boolean rawIpv6Allowed) {
        try {
            return UncHosts.parse(text, rawIpv6Allowed);
        } catch (IllegalArgumentException e) {
            throw new InvalidUncPathException(input, e.getMessage());
        }
    }

    private static void checkShare(String input, String share) {
        String problem = WindowsNames.shareProblem(share);
        if (problem != null) {
            throw new InvalidUncPathException(input, problem);
        }
    }

    /** Appends the parts to the segments, dropping {@code .}, empty parts and resolving {@code ..}. */
    private static List<String> resolveParts(String input, Host host, String share, List<String> segments,
            List<String> parts) {
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    String root = new UncPath(host, share, List.of()).toDirectoryString();
                    throw new InvalidUncPathException(input, "'..' climbs above the share root " + root
                            + "; a path may not leave its share");
                }
                segments.remove(segments.size() - 1);
                continue;
            }
            String problem = WindowsNames.segmentProblem(part);
            if (problem != null) {
                throw new InvalidUncPathException(input, problem);
            }
            segments.add(part);
        }
        return segments;
    }

    private static UncPath create(String input, Host host, String share, List<String> segments) {
        UncPath path = new UncPath(host, share, segments);
        int length = path.toLongFormString().length();
        if (length > MAX_LENGTH) {
            throw new InvalidUncPathException(input, "the path has " + length + " characters in its long form,"
                    + " more than the " + MAX_LENGTH + " Windows allows");
        }
        return path;
    }

    /** Joins the arguments of {@link #of} into one text, for error messages. */
    private static String inputText(String host, String share, String[] segments) {
        StringBuilder input = new StringBuilder("\\\\").append(host).append('\\').append(share);
        for (String segment : segments == null ? new String[0] : segments) {
            input.append('\\').append(segment);
        }
        return input.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '\\' || c == '/';
    }
}
