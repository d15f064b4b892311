package org.lbkit.storage;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lbkit.storage.internal.TextLines;

/**
 * The parsed output of {@code tool get system VAR1 VAR2 …}: one {@code name: value} line per
 * variable. Names are compared without regard to case, because IceWarp reads them that way. The
 * value is everything after the first colon and the one space that follows it, kept as printed.
 *
 * <pre>
 * C_System_Storage_Dir_MailPath: \\fs\icewarp\share\mail\   → mail path \\fs\icewarp\share\mail\
 * c_system_storage_lb_serverid: 2                           → server ID 2
 * C_System_Storage_Dir_TempPath:                             → temp path empty
 * </pre>
 */
public final class ToolGetOutput {

    private static final Pattern LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)[ \\t]*: ?(.*)");

    private final Map<String, String> values;

    private ToolGetOutput(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses the output. Blank lines are skipped; CRLF and LF line endings are both accepted.
     *
     * @param output the text the tool printed
     * @return the parsed output
     * @throws LbStorageException if a line is not {@code name: value}, or a variable appears twice
     *     with different values; the message gives the line number but never the line, which may
     *     contain a password
     */
    public static ToolGetOutput parse(String output) {
        Objects.requireNonNull(output, "output");
        Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int number = 0;
        for (String line : TextLines.split(output).values()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new LbStorageException("line " + number + " of the tool get output is not 'name: value';"
                        + " pass the output of 'tool get system VAR …' unchanged");
            }
            String name = matcher.group(1);
            String previous = values.put(name, matcher.group(2));
            if (previous != null && !previous.equals(matcher.group(2))) {
                throw new LbStorageException("variable " + name + " appears twice with different values in the"
                        + " tool get output (second time on line " + number + ")");
            }
        }
        return new ToolGetOutput(Collections.unmodifiableMap(values));
    }

    /**
     * Returns the value of a variable.
     *
     * @param name the variable name, in any case
     * @return the value, or empty when the output does not list the variable
     */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * Returns every variable with its value; lookups in the map ignore case.
     *
     * @return the values by name, as printed
     */
    public Map<String, String> values() {
        return values;
    }

    /** Returns the variable count; never the values, which may be secrets. */
    @Override
    public String toString() {
        return "ToolGetOutput[" + values.size() + " variables]";
    }
}
