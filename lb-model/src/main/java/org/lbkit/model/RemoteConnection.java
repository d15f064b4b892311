package org.lbkit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
/**
 * The "remote connection" string of IceWarp's load-balancing tab: the credentials each node uses
 * to reach the shared folders. Each entry is {@code UNC;user;password}, and entries are joined by
 * {@code |}, for example
 * {@code \\fs01\icewarp\share\config\;CORP\IceWarp;secret|\\fs01\icewarp\share\mail\;CORP\IceWarp;secret}.
 * IceWarp stores it on line 5 of {@code path.dat}.
 *
 * <p>The string has no escape mechanism, so a user or password containing {@code ;}, {@code |}
 * or a line break cannot be carried: {@link #format()} rejects it rather than write a string
 * IceWarp would split in the wrong place. Its {@link #toString()} masks every password.
 */
public final class RemoteConnection {

    private final List<Entry> entries;

    private RemoteConnection(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Creates a remote connection from entries.
     *
     * @param entries the entries, in order; may be empty
     * @return the remote connection
     * @throws IllegalArgumentException when the list or an entry is {@code null}
     */
    public static RemoteConnection of(List<Entry> entries) {
        if (entries == null || entries.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("the entries of a remote connection must be non-null");
        }
        return new RemoteConnection(entries);
    }

    /**
     * Creates the remote connection the guide prescribes: one entry per shared folder (config,
     * spam, calendar, mail, archives), each with the share account, whose user is written
     * <code>DOMAIN&#92;user</code> for a domain account.
     *
     * @param cluster the cluster
     * @return the remote connection
     * @throws InvalidUncPathException when the share root or a folder name is invalid
     */
    public static RemoteConnection forCluster(Cluster cluster) {
        Share share = cluster.share();
        List<Entry> entries = new ArrayList<>();
        for (UncPath folder : sharedFolders(cluster)) {
            entries.add(Entry.of(folder, share.qualifiedUser(), share.password()));
        }
        return new RemoteConnection(entries);
    }

    /**
     * Returns the folders of a cluster's share that every node must reach with the share
     * account: config, spam, calendar, mail and archives, under the share root.
     *
     * @param cluster the cluster
     * @return the folders, in that order
     * @throws InvalidUncPathException when the share root or a folder name is invalid
     */
    public static List<UncPath> sharedFolders(Cluster cluster) {
        UncPath root = UncPath.parse(cluster.share().root());
        ShareFolders folders = cluster.share().folders();
        return List.of(root.resolve(folders.config()), root.resolve(folders.spam()),
                root.resolve(folders.calendar()), root.resolve(folders.mail()), root.resolve(folders.archives()));
    }

    /**
     * Parses a remote-connection string. Spaces and tabs around {@code |}, line breaks between
     * entries, empty entries (such as after a trailing {@code |}) and a missing trailing backslash
     * on a path are accepted. Users such as {@code CORP\IceWarp} or {@code IceWarp@corp.example}
     * are kept as written.
     *
     * @param text the string, such as line 5 of {@code path.dat}; an empty string has no entry
     * @return the remote connection
     * @throws InvalidRemoteConnectionException when the text is {@code null}, an entry does not
     *     have exactly three fields, or its path is invalid
     */
    public static RemoteConnection parse(String text) {
        if (text == null) {
            throw new InvalidRemoteConnectionException("the remote connection string is null", null, null, null);
        }

        List<Entry> entries = new ArrayList<>();
        for (String raw : text.split("[|\r\n]", -1)) {
            String entry = trimBlanks(raw);
            if (!entry.isEmpty()) {
                entries.add(parseEntry(entry, entries.size() + 1));
            }
        }
        return new RemoteConnection(entries);
    }

    /**
     * Formats the string IceWarp reads: one line, entries joined by {@code |} without spaces, each
     * path in directory form with its trailing backslash.
     *
     * @return the string; empty when there is no entry
     * @throws InvalidRemoteConnectionException when a path, user or password contains a character
     *     the string cannot carry ({@code ;}, {@code |}, a carriage return or a line feed), or a
     *     password ends with a space or tab, which parsing would take as padding
     * @throws LbException when a password refers to an environment variable or file that cannot be
     *     read
     */
    public String format() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            checkField(entry.path().toDirectoryString(), "path", i + 1, entry, "rename the folder or share");
            checkField(entry.user(), "user", i + 1, entry, "use another account");

            String password = entry.password().reveal();
            checkField(password, "password", i + 1, entry, "choose another password for the share account");
            if (password.endsWith(" ") || password.endsWith("\t")) {
                throw new InvalidRemoteConnectionException("cannot format the remote connection: the password of "
                        + describe(i + 1, entry) + " ends with a space or tab, which IceWarp may strip as"
                        + " padding around '|'; choose another password for the share account", i + 1, "password",
                        null);
            }
            texts.add(entry.path().toDirectoryString() + ";" + entry.user() + ";" + password);
        }
        return String.join("|", texts);
    }

    /**
     * Returns the entries, in order.
     *
     * @return the entries; unmodifiable
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the entry whose path is the closest ancestor of a folder, or the folder itself.
     *
     * @param folder the folder
     * @return the entry that gives access to it, if any
     */
    public Optional<Entry> entryCovering(UncPath folder) {
        return entries.stream()
                .filter(entry -> folder.isWithin(entry.path()))
                .max(Comparator.comparingInt(entry -> entry.path().segments().size()));
    }

    /**
     * Returns the shared folders of a cluster (see {@link #sharedFolders(Cluster)}) that no entry
     * covers. An entry covers a folder when its path is that folder or one of its ancestors,
     * compared ignoring case. A host written as an address in one place and as a name in the
     * other does not match.
     *
     * @param cluster the cluster
     * @return the uncovered folders; empty when every folder is covered
     * @throws InvalidUncPathException when the share root or a folder name is invalid
     */
    public List<UncPath> uncoveredFolders(Cluster cluster) {
        return sharedFolders(cluster).stream()
                .filter(folder -> entryCovering(folder).isEmpty())
                .collect(Collectors.toList());
    }

    /**
     * Returns whether every shared folder of a cluster is covered by an entry.
     *
     * @param cluster the cluster
     * @return {@code true} when {@link #uncoveredFolders(Cluster)} is empty
     * @throws InvalidUncPathException when the share root or a folder name is invalid
     */
    public boolean covers(Cluster cluster) {
        return uncoveredFolders(cluster).isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RemoteConnection && entries.equals(((RemoteConnection) other).entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** Returns the entries as the string would show them, with every password masked. */
    @Override
    public String toString() {
        return "RemoteConnection[" + entries.stream().map(Entry::toString).collect(Collectors.joining("|")) + "]";
    }

    private static Entry parseEntry(String text, int number) {
        String[] fields = text.split(";", -1);
        if (!fields[0].startsWith("\\\\") && !fields[0].startsWith("//")) {
            throw new InvalidRemoteConnectionException("invalid remote connection: entry " + number
                    + " does not start with a UNC path such as \\\\host\\share\\folder\\; each entry is"
                    + " UNC;user;password", number, "path", null);
        }

        UncPath path;
        try {
            path = UncPath.parse(fields[0]);
        } catch (InvalidUncPathException e) {
            throw new InvalidRemoteConnectionException("invalid remote connection: entry " + number + ": "
                    + e.getMessage(), number, "path", e);
        }
        if (fields.length != 3) {
            throw new InvalidRemoteConnectionException("invalid remote connection: entry " + number + " ("
                    + path.toDirectoryString() + ") has " + fields.length + " field(s) separated by ';' but needs"
                    + " exactly 3: UNC;user;password. IceWarp has no escape for ';', so a user or password"
                    + " containing it cannot be carried", number, null, null);
        }
        return Entry.of(path, fields[1], Secret.of(fields[2]));
    }

    private static void checkField(String value, String field, int number, Entry entry, String fix) {
        String found = forbiddenCharacter(value);
        if (found != null) {
            throw new InvalidRemoteConnectionException("cannot format the remote connection: the " + field + " of "
                    + describe(number, entry) + " contains " + found + ". IceWarp's remote connection string"
                    + " has no escape for ';', '|' or line breaks; " + fix, number, field, null);
        }
    }

    private static String forbiddenCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            switch (value.charAt(i)) {
                case ';':
                    return "';', which separates the fields of an entry";
                case '|':
                    return "'|', which separates the entries";
                case '\r':
                    return "a carriage return";
                case '\n':
                    return "a line feed";
                default:
                    break;
            }
        }
        return null;
    }

    private static String describe(int number, Entry entry) {
        return "entry " + number + " (" + entry.path().toDirectoryString() + ")";
    }

    private static String trimBlanks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * One entry of a remote connection: a folder and the account that opens it.
     */
    public static final class Entry {

        private final UncPath path;
        private final String user;
        private final Secret password;

        private Entry(UncPath path, String user, Secret password) {
            this.path = path;
            this.user = user;
            this.password = password;
        }

        /**
         * Creates an entry. Any user and password are accepted here; {@link RemoteConnection#format()}
         * rejects those the string cannot carry.
         *
         * @param path the folder
         * @param user the user, such as {@code IceWarp}, {@code CORP\IceWarp} or
         *     {@code IceWarp@corp.example}; may be empty
         * @param password the password
         * @return the entry
         * @throws IllegalArgumentException when an argument is {@code null}
         */
        public static Entry of(UncPath path, String user, Secret password) {
            if (path == null || user == null || password == null) {
                throw new IllegalArgumentException("the path, user and password of a remote connection entry"
                        + " must be non-null");
            }
            return new Entry(path, user, password);
        }

        /**
         * Returns the folder.
         *
         * @return the path
         */
        public UncPath path() {
            return path;
        }

        /**
         * Returns the user, as written.
         *
         * @return the user
         */
        public String user() {
            return user;
        }

        /**
         * Returns the password.
         *
         * @return the password
         */
        public Secret password() {
            return password;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Entry)) {
                return false;
            }
            Entry that = (Entry) other;
            return path.equals(that.path) && user.equals(that.user) && password.equals(that.password);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, user, password);
        }

        /** Returns {@code path;user;****}, the password masked. */
        @Override
        public String toString() {
            return path.toDirectoryString() + ";" + user + ";" + password;
        }
    }
}
