package org.lbkit.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lbkit.storage.internal.TextLines;

/**
 * IceWarp's {@code path.dat}: one value per line, the meaning given by the line number (see
 * {@link PathDatLine}), blank lines significant.
 *
 * <p>The codec keeps everything it does not change. Text parsed and formatted again without a
 * change comes back character for character: the line endings (LF, CRLF, even mixed), a
 * missing final line break, a UTF-8 byte-order mark and any line after line 17. A changed file
 * has at least {@value #MINIMUM_LINES} lines; lines added to reach that count use the file's
 * dominant line ending (the ending of its first line, LF for a file without one).
 *
 * <p>Instances are immutable; every {@code with…} method returns a changed copy. {@link
 * #toString()} never shows line 5, which contains the share account's password.
 */
public final class PathDat {

    /** The number of lines a changed file has at least, line 17 being the last IceWarp defines. */
    public static final int MINIMUM_LINES = 17;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final boolean byteOrderMark;
    private final List<String> values;
    private final List<String> terminators;

    private PathDat(boolean byteOrderMark, List<String> values, List<String> terminators) {
        this.byteOrderMark = byteOrderMark;
        this.values = Collections.unmodifiableList(values);
        this.terminators = Collections.unmodifiableList(terminators);
    }

    /**
     * Parses the text of a {@code path.dat}. Every text is a valid file, so parsing never fails.
     *
     * @param text the file content
     * @return the parsed file
     */
    public static PathDat parse(String text) {
        Objects.requireNonNull(text, "text");
        boolean bom = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
        TextLines lines = TextLines.split(bom ? text.substring(1) : text);
        return new PathDat(bom, lines.values(), lines.terminators());
    }

    /**
     * Reads a {@code path.dat} written in UTF-8 (plain ASCII included).
     *
     * @param file the file
     * @return the parsed file
     * @throws LbStorageException if the file cannot be read or is not valid UTF-8
     */
    public static PathDat read(Path file) {
        return read(file, StandardCharsets.UTF_8);
    }

    /**
     * Reads a {@code path.dat} in a given character set, rejecting bytes that are not valid in it
     * so that nothing is silently replaced.
     *
     * @param file the file
     * @param charset the character set, such as {@code windows-1252} for a file written by an
     *     ANSI Windows program
     * @return the parsed file
     * @throws LbStorageException if the file cannot be read or is not valid in the character set
     */
    public static PathDat read(Path file, Charset charset) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LbStorageException("cannot read path.dat at " + file + ": " + e.getMessage()
                    + "; check that the file exists and is readable", e);
        }
        try {
            return parse(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new LbStorageException("path.dat at " + file + " is not valid " + charset.name()
                    + "; read it with PathDat.read(file, charset) naming the character set it was written in", e);
        }
    }

    /**
     * Returns a file of {@value #MINIMUM_LINES} empty lines.
     *
     * @param ending the line ending of every line
     * @return the file
     */
    public static PathDat empty(LineEnding ending) {
        List<String> values = new ArrayList<>(Collections.nCopies(MINIMUM_LINES, ""));
        List<String> terminators = new ArrayList<>(Collections.nCopies(MINIMUM_LINES, ending.separator()));
        return new PathDat(false, values, terminators);
    }

    /**
     * Formats the file. For a file parsed and not changed, this is the parsed text.
     *
     * @return the file content
     */
    public String format() {
        String body = TextLines.join(values, terminators);
        return byteOrderMark ? BYTE_ORDER_MARK + body : body;
    }

    /**
     * Formats the file and encodes it.
     *
     * @param charset the character set
     * @return the file's bytes
     * @throws LbStorageException if a line contains a character the character set cannot encode
     */
    public byte[] toBytes(Charset charset) {
        try {
            ByteBuffer encoded = charset.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(format()));
            return Arrays.copyOf(encoded.array(), encoded.limit());
        } catch (CharacterCodingException e) {
            throw new LbStorageException("path.dat contains a character that " + charset.name()
                    + " cannot encode; write it as UTF-8 or change the path", e);
        }
    }

    /**
     * Returns the number of lines, counting a last line without a line break.
     *
     * @return the line count
     */
    public int lineCount() {
        return values.size();
    }

    /**
     * Returns the line ending used for added lines: the ending of the first line that has one,
     * else LF.
     *
     * @return the dominant line ending
     */
    public LineEnding lineEnding() {
        for (String terminator : terminators) {
            if (!terminator.isEmpty()) {
                return terminator.equals("\r\n") ? LineEnding.CRLF : LineEnding.LF;
            }
        }
        return LineEnding.LF;
    }

    /**
     * Returns a line by number; a line past the end of the file is empty.
     *
     * @param number the 1-based line number
     * @return the line's content, without its line ending
     * @throws LbStorageException if the number is below 1
     */
    public String line(int number) {
        checkNumber(number);
        return number <= values.size() ? values.get(number - 1) : "";
    }

    /**
     * Returns all lines.
     *
     * @return the contents, without line endings
     */
    public List<String> lines() {
        return values;
    }

    /**
     * Returns a known line.
     *
     * @param line the line
     * @return its content
     */
    public String get(PathDatLine line) {
        return line(line.number());
    }

    /**
     * Returns a copy with one line replaced, padded to at least {@value #MINIMUM_LINES} lines.
     *
     * @param number the 1-based line number, past the end of the file if wanted
     * @param value the new content
     * @return the changed copy
     * @throws LbStorageException if the number is below 1 or the value contains a line break
     */
    public PathDat withLine(int number, String value) {
        checkNumber(number);
        checkValue(number, value);
        List<String> newValues = new ArrayList<>(values);
        while (newValues.size() < Math.max(number, MINIMUM_LINES)) {
            newValues.add("");
        }
        newValues.set(number - 1, value);
        return new PathDat(byteOrderMark, newValues, terminatorsFor(newValues));
    }

    /**
     * Returns a copy with a known line replaced.
     *
     * @param line the line
     * @param value the new content
     * @return the changed copy
     * @throws LbStorageException if the value contains a line break
     */
    public PathDat with(PathDatLine line, String value) {
        return withLine(line.number(), value);
    }

    /**
     * Returns a copy with several known lines replaced.
     *
     * @param changes the new contents by line
     * @return the changed copy
     * @throws LbStorageException if a value contains a line break
     */
    public PathDat withAll(Map<PathDatLine, String> changes) {
        PathDat result = this;
        for (Map.Entry<PathDatLine, String> change : changes.entrySet()) {
            result = result.with(change.getKey(), change.getValue());
        }
        return result;
    }

    /**
     * Returns the terminators of a changed file: existing lines keep theirs, added lines get the
     * dominant ending. Only the last line may lack a break, and only when the input's last line
     * lacked one and the new last line is not empty: an empty last line without a break would
     * vanish on the next parse.
     */
    private List<String> terminatorsFor(List<String> newValues) {
        String ending = lineEnding().separator();
        boolean endsWithBreak = terminators.isEmpty() || !terminators.get(terminators.size() - 1).isEmpty();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < newValues.size(); i++) {
            String kept = i < terminators.size() ? terminators.get(i) : "";
            // A last line ending in a lone CR would merge with an added LF into one CRLF break.
            if (!kept.isEmpty()) {
                result.add(kept);
            } else if (newValues.get(i).endsWith("\r")) {
                result.add(LineEnding.CRLF.separator());
            } else {
                result.add(ending);
            }
        }
        int last = newValues.size() - 1;
        if (!endsWithBreak && !newValues.get(last).isEmpty()) {
            result.set(last, "");
        }
        return result;
    }

    private static void checkNumber(int number) {
        if (number < 1) {
            throw new LbStorageException("path.dat line numbers start at 1 but was " + number);
        }
    }

    private static void checkValue(int number, String value) {
        Objects.requireNonNull(value, "value");
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new LbStorageException("path.dat line " + number
                    + " cannot contain a line break, because every line of path.dat is one value;"
                    + " remove the line break from the value");
        }
    }

    // Typed accessors, one per line that IceWarp defines.

    /**
     * Returns line 1, the configuration folder.
     *
     * @return the folder, empty for the default
     */
    public String configPath() {
        return get(PathDatLine.CONFIG_PATH);
    }

    /**
     * Returns line 2, the web folder.
     *
     * @return the folder, empty for the default
     */
    public String webPath() {
        return get(PathDatLine.WEB_PATH);
    }

    /**
     * Returns line 4, the server ID.
     *
     * @return the ID, empty when not set
     */
    public String serverId() {
        return get(PathDatLine.SERVER_ID);
    }

    /**
     * Returns line 5, the remote logon entries, which contain the share password.
     *
     * @return the entries as one line
     */
    public String remoteConnection() {
        return get(PathDatLine.REMOTE_CONNECTION);
    }

    /**
     * Returns line 6, the anti-spam folder.
     *
     * @return the folder, empty for the default
     */
    public String spamPath() {
        return get(PathDatLine.SPAM_PATH);
    }

    /**
     * Returns line 7, the groupware folder.
     *
     * @return the folder, empty for the default
     */
    public String groupwarePath() {
        return get(PathDatLine.GROUPWARE_PATH);
    }

    /**
     * Returns line 8, the outgoing queue folder.
     *
     * @return the folder, empty for the default
     */
    public String outgoingPath() {
        return get(PathDatLine.OUTGOING_PATH);
    }

    /**
     * Returns line 9, the outgoing retry queue folder.
     *
     * @return the folder, empty for the default
     */
    public String outgoingRetryPath() {
        return get(PathDatLine.OUTGOING_RETRY_PATH);
    }

    /**
     * Returns line 10, the IP binding.
     *
     * @return the binding, empty for all addresses
     */
    public String ipBinding() {
        return get(PathDatLine.IP_BINDING);
    }

    /**
     * Returns line 11, the host name.
     *
     * @return the host name
     */
    public String hostName() {
        return get(PathDatLine.HOST_NAME);
    }

    /**
     * Returns line 12, the licence file.
     *
     * @return the file, empty for the default
     */
    public String licenseFile() {
        return get(PathDatLine.LICENSE_FILE);
    }

    /**
     * Returns line 13, the incoming queue folder.
     *
     * @return the folder, empty for the default
     */
    public String incomingPath() {
        return get(PathDatLine.INCOMING_PATH);
    }

    /**
     * Returns whether line 14 marks this node as a slave. IceWarp's monitoring scripts treat any
     * value other than {@code 1} as master, and so does this method.
     *
     * @return {@code true} when line 14 is {@code 1}
     */
    public boolean isSlave() {
        return get(PathDatLine.SLAVE_FLAG).trim().equals("1");
    }

    /**
     * Returns line 15, the master's address.
     *
     * @return the address, empty when not set
     */
    public String masterHost() {
        return get(PathDatLine.MASTER_HOST);
    }

    /**
     * Returns line 16 split on {@code ;}, without empty entries and surrounding spaces.
     *
     * @return the slaves' addresses
     */
    public List<String> slaveHosts() {
        List<String> hosts = new ArrayList<>();
        for (String host : get(PathDatLine.SLAVE_HOSTS).split(";")) {
            if (!host.isBlank()) {
                hosts.add(host.trim());
            }
        }
        return hosts;
    }

    /**
     * Returns line 17, the TeamChat API URL.
     *
     * @return the URL, empty when not set
     */
    public String teamChatApiUrl() {
        return get(PathDatLine.TEAMCHAT_API_URL);
    }

    /**
     * Returns a copy with line 1 replaced.
     *
     * @param path the configuration folder
     * @return the changed copy
     */
    public PathDat withConfigPath(String path) {
        return with(PathDatLine.CONFIG_PATH, path);
    }

    /**
     * Returns a copy with line 2 replaced.
     *
     * @param path the web folder
     * @return the changed copy
     */
    public PathDat withWebPath(String path) {
        return with(PathDatLine.WEB_PATH, path);
    }

    /**
     * Returns a copy with line 4 replaced.
     *
     * @param id the server ID
     * @return the changed copy
     */
    public PathDat withServerId(String id) {
        return with(PathDatLine.SERVER_ID, id);
    }

    /**
     * Returns a copy with line 5 replaced.
     *
     * @param entries the remote logon entries as one line
     * @return the changed copy
     */
    public PathDat withRemoteConnection(String entries) {
        return with(PathDatLine.REMOTE_CONNECTION, entries);
    }

    /**
     * Returns a copy with line 6 replaced.
     *
     * @param path the anti-spam folder
     * @return the changed copy
     */
    public PathDat withSpamPath(String path) {
        return with(PathDatLine.SPAM_PATH, path);
    }

    /**
     * Returns a copy with line 7 replaced.
     *
     * @param path the groupware folder
     * @return the changed copy
     */
    public PathDat withGroupwarePath(String path) {
        return with(PathDatLine.GROUPWARE_PATH, path);
    }

    /**
     * Returns a copy with line 8 replaced.
     *
     * @param path the outgoing queue folder
     * @return the changed copy
     */
    public PathDat withOutgoingPath(String path) {
        return with(PathDatLine.OUTGOING_PATH, path);
    }

    /**
     * Returns a copy with line 9 replaced.
     *
     * @param path the outgoing retry queue folder
     * @return the changed copy
     */
    public PathDat withOutgoingRetryPath(String path) {
        return with(PathDatLine.OUTGOING_RETRY_PATH, path);
    }

    /**
     * Returns a copy with line 10 replaced.
     *
     * @param binding the IP binding, empty for all addresses
     * @return the changed copy
     */
    public PathDat withIpBinding(String binding) {
        return with(PathDatLine.IP_BINDING, binding);
    }

    /**
     * Returns a copy with line 11 replaced.
     *
     * @param name the host name
     * @return the changed copy
     */
    public PathDat withHostName(String name) {
        return with(PathDatLine.HOST_NAME, name);
    }

    /**
     * Returns a copy with line 12 replaced.
     *
     * @param file the licence file
     * @return the changed copy
     */
    public PathDat withLicenseFile(String file) {
        return with(PathDatLine.LICENSE_FILE, file);
    }

    /**
     * Returns a copy with line 13 replaced.
     *
     * @param path the incoming queue folder
     * @return the changed copy
     */
    public PathDat withIncomingPath(String path) {
        return with(PathDatLine.INCOMING_PATH, path);
    }

    /**
     * Returns a copy with line 14 set to {@code 1} for a slave or {@code 0} for the master.
     *
     * @param slave whether this node is a slave
     * @return the changed copy
     */
    public PathDat withSlave(boolean slave) {
        return with(PathDatLine.SLAVE_FLAG, slave ? "1" : "0");
    }

    /**
     * Returns a copy with line 15 replaced.
     *
     * @param host the master's address
     * @return the changed copy
     */
    public PathDat withMasterHost(String host) {
        return with(PathDatLine.MASTER_HOST, host);
    }

    /**
     * Returns a copy with line 16 set to the addresses joined by {@code ;}.
     *
     * @param hosts the slaves' addresses
     * @return the changed copy
     * @throws LbStorageException if an address is empty or contains {@code ;}
     */
    public PathDat withSlaveHosts(List<String> hosts) {
        for (String host : hosts) {
            if (host.isBlank() || host.indexOf(';') >= 0) {
                throw new LbStorageException("slave host '" + host + "' cannot be written to path.dat"
                        + " line 16: addresses there are separated by ';' and must not be empty");
            }
        }
        return with(PathDatLine.SLAVE_HOSTS, String.join(";", hosts));
    }

    /**
     * Returns a copy with line 17 replaced.
     *
     * @param url the TeamChat API URL
     * @return the changed copy
     */
    public PathDat withTeamChatApiUrl(String url) {
        return with(PathDatLine.TEAMCHAT_API_URL, url);
    }

    /** Compares the formatted text, line endings included. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PathDat && ((PathDat) other).format().equals(format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    /** Returns the line count and ending; never the content, since line 5 contains a password. */
    @Override
    public String toString() {
        return "PathDat[" + values.size() + " lines, " + lineEnding() + "]";
    }
}
