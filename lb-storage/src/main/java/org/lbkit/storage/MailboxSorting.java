package org.lbkit.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.lbkit.model.Platform;

/**
 * IceWarp's "alphabetical sorting" of mailbox folders: the first characters of the alias, cut
 * into groups, become parent folders of the mailbox. Two servers that sort differently keep the
 * same mailbox at different relative paths; {@link #relocate} maps one to the other.
 *
 * <p>The rule, from the examples of IceWarp's Storage &gt; Directories documentation: take the
 * first {@code min(prefixLength, alias length)} characters, cut them into groups of
 * {@code groupLength} (the last group may be shorter), one folder per group, then the alias.
 *
 * <pre>
 * sorting              alias      relative path (Windows)
 * prefix 4, group 2    john       jo\hn\john
 * prefix 4, group 2    alexander  al\ex\alexander
 * prefix 6, group 2    mike1      mi\ke\1\mike1
 * prefix 6, group 3    alexander  ale\xan\alexander
 * disabled             john       john
 * </pre>
 *
 * <p>The path is relative to the domain folder under the mail path; IceWarp's documentation does
 * not say so, but mailboxes live at {@code <mail path>/<domain>/<alias>/} when sorting is off.
 */
public final class MailboxSorting {

    /** Name of the API variable that turns sorting on. */
    public static final String USE_SORTING_VARIABLE = "C_System_Storage_Mailbox_UseSorting";
    /** Name of the API variable with the prefix length. */
    public static final String PREFIX_LENGTH_VARIABLE = "C_System_Storage_Mailbox_PrefixLen";
    /** Name of the API variable with the group length. */
    public static final String GROUP_LENGTH_VARIABLE = "C_System_Storage_Mailbox_GroupedPrefix";

    private static final MailboxSorting DISABLED = new MailboxSorting(0, 0);

    private final int prefixLength;
    private final int groupLength;

    private MailboxSorting(int prefixLength, int groupLength) {
        this.prefixLength = prefixLength;
        this.groupLength = groupLength;
    }

    /**
     * Returns sorting with a prefix length and a group length.
     *
     * @param prefixLength how many leading characters of the alias become folders, at least 1
     * @param groupLength how many characters each folder takes, at least 1
     * @return the sorting
     * @throws LbStorageException if a length is below 1
     */
    public static MailboxSorting of(int prefixLength, int groupLength) {
        if (prefixLength < 1 || groupLength < 1) {
            throw new LbStorageException("mailbox sorting needs a prefix length and a group length of at least 1"
                    + " but was " + prefixLength + " and " + groupLength + "; use MailboxSorting.disabled()"
                    + " for a server that does not sort");
        }
        return new MailboxSorting(prefixLength, groupLength);
    }

    /**
     * Returns no sorting: each mailbox folder sits directly in its domain folder.
     *
     * @return the sorting
     */
    public static MailboxSorting disabled() {
        return DISABLED;
    }

    /**
     * Reads the sorting from API variables, as returned by {@link ToolGetOutput#values()}.
     * Names are compared without regard to case.
     *
     * @param variables the values of {@value #USE_SORTING_VARIABLE} and, when it is on,
     *     {@value #PREFIX_LENGTH_VARIABLE} and {@value #GROUP_LENGTH_VARIABLE}
     * @return the sorting
     * @throws LbStorageException if a needed variable is missing or not a number
     */
    public static MailboxSorting fromVariables(Map<String, String> variables) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(variables);
        String use = require(byName, USE_SORTING_VARIABLE).trim();
        if (!use.equals("1") && !use.equalsIgnoreCase("true")) {
            return disabled();
        }
        return of(number(byName, PREFIX_LENGTH_VARIABLE), number(byName, GROUP_LENGTH_VARIABLE));
    }

    private static String require(Map<String, String> byName, String name) {
        String value = byName.get(name);
        if (value == null) {
            throw new LbStorageException("variable " + name + " is missing; read it with tool get system "
                    + USE_SORTING_VARIABLE + " " + PREFIX_LENGTH_VARIABLE + " " + GROUP_LENGTH_VARIABLE);
        }
        return value;
    }

    private static int number(Map<String, String> byName, String name) {
        String value = require(byName, name).trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new LbStorageException("variable " + name + " must be a whole number but was '" + value + "'", e);
        }
    }

    /**
     * Returns whether sorting is on.
     *
     * @return {@code false} for {@link #disabled()}
     */
    public boolean isEnabled() {
        return prefixLength > 0;
    }

    /**
     * Returns the prefix length.
     *
     * @return the length, 0 when disabled
     */
    public int prefixLength() {
        return prefixLength;
    }

    /**
     * Returns the group length.
     *
     * @return the length, 0 when disabled
     */
    public int groupLength() {
        return groupLength;
    }

    /**
     * Returns the folders from the domain folder down to the mailbox folder.
     *
     * @param alias the mailbox alias, such as {@code john}
     * @return the folder names, the alias last
     * @throws LbStorageException if the alias is empty, contains a path separator, or would
     *     produce a {@code .} or {@code ..} folder
     */
    public List<String> segments(String alias) {
        checkAlias(alias);
        List<String> segments = new ArrayList<>();
        int prefixEnd = alias.offsetByCodePoints(0, Math.min(prefixLength, alias.codePointCount(0, alias.length())));
        int start = 0;
        while (start < prefixEnd) {
            int count = Math.min(groupLength, alias.codePointCount(start, prefixEnd));
            int end = alias.offsetByCodePoints(start, count);
            segments.add(checkSegment(alias, alias.substring(start, end)));
            start = end;
        }
        segments.add(alias);
        return segments;
    }

    /**
     * Returns the mailbox folder relative to the domain folder, with the platform's separator and
     * no trailing one.
     *
     * @param alias the mailbox alias
     * @param platform decides the separator: {@code \} on Windows, {@code /} on Linux
     * @return the relative path, such as {@code jo\hn\john}
     * @throws LbStorageException if the alias cannot be a folder name
     */
    public String relativePath(String alias, Platform platform) {
        return String.join(separator(platform), segments(alias));
    }

    /**
     * Maps a mailbox path written under this sorting to the path the same mailbox has under
     * another sorting.
     *
     * @param relativePath the path under this sorting, with {@code \} or {@code /} separators
     * @param target the other server's sorting
     * @param platform the platform whose separator the result uses
     * @return the path under the target sorting
     * @throws LbStorageException if the path does not follow this sorting
     */
    public String relocate(String relativePath, MailboxSorting target, Platform platform) {
        return target.relativePath(aliasOf(relativePath), platform);
    }

    /**
     * Returns the alias of a mailbox path written under this sorting.
     *
     * @param relativePath the path, with {@code \} or {@code /} separators and an optional
     *     trailing separator
     * @return the alias, the last folder
     * @throws LbStorageException if the folders above the alias are not the ones this sorting
     *     gives it
     */
    public String aliasOf(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        String trimmed = relativePath.replace('\\', '/').replaceAll("/+$", "");
        String alias = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (alias.isEmpty()) {
            throw new LbStorageException("mailbox path '" + relativePath + "' has no alias folder");
        }
        String expected = relativePath(alias, Platform.LINUX);
        if (!expected.equals(trimmed)) {
            throw new LbStorageException("mailbox path '" + relativePath + "' does not follow " + this
                    + ": alias " + alias + " sits at '" + expected + "'; check the source server's sorting");
        }
        return alias;
    }

    private static String separator(Platform platform) {
        return platform == Platform.WINDOWS ? "\\" : "/";
    }

    private static void checkAlias(String alias) {
        Objects.requireNonNull(alias, "alias");
        if (alias.isEmpty() || alias.indexOf('/') >= 0 || alias.indexOf('\\') >= 0
                || alias.equals(".") || alias.equals("..")) {
            throw new LbStorageException("mailbox alias '" + alias + "' cannot be a folder name:"
                    + " it must be non-empty, not . or .., and contain no / or \\");
        }
    }

    private String checkSegment(String alias, String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            throw new LbStorageException("mailbox alias '" + alias + "' would give the folder '" + segment
                    + "' under " + this + ", which points outside the mailbox tree; rename the mailbox first");
        }
        return segment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailboxSorting && ((MailboxSorting) other).prefixLength == prefixLength
                && ((MailboxSorting) other).groupLength == groupLength;
    }

    @Override
    public int hashCode() {
        return 31 * prefixLength + groupLength;
    }

    /** Returns {@code sorting(prefix 6, group 2)} or {@code no sorting}. */
    @Override
    public String toString() {
        return isEnabled()
                ? String.format(Locale.ROOT, "sorting(prefix %d, group %d)", prefixLength, groupLength)
                : "no sorting";
    }
}
