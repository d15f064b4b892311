package org.lbkit.storage.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a Windows command line from separate arguments, following the rules by which the
 * Microsoft C runtime and {@code CommandLineToArgvW} split it again: an argument with a blank or
 * a double quote is wrapped in double quotes, a double quote inside is preceded by a backslash,
 * and backslashes are doubled only where they precede a double quote or the closing quote.
 */
public final class WindowsCommandLine {

    private WindowsCommandLine() {
    }

    /**
     * Joins arguments into one command line.
     *
     * @param arguments the arguments
     * @return the command line, arguments separated by one space
     */
    public static String join(List<String> arguments) {
        return arguments.stream().map(WindowsCommandLine::quote).collect(Collectors.joining(" "));
    }

    /**
     * Quotes one argument.
     *
     * <pre>
     * C:\IceWarp\temp\          → C:\IceWarp\temp\
     * C:\Program Files\IceWarp\ → "C:\Program Files\IceWarp\\"
     * say "hi"                  → "say \"hi\""
     * (empty)                   → ""
     * </pre>
     *
     * @param argument the argument
     * @return the argument as it must appear on the command line
     */
    public static String quote(String argument) {
        if (!argument.isEmpty() && !needsQuotes(argument)) {
            return argument;
        }
        StringBuilder quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            int repeat = c == '"' ? 2 * backslashes + 1 : backslashes;
            quoted.append("\\".repeat(repeat)).append(c);
            backslashes = 0;
        }
        return quoted.append("\\".repeat(2 * backslashes)).append('"').toString();
    }

    private static boolean needsQuotes(String argument) {
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\r' || c == '"') {
                return true;
            }
        }
        return false;
    }
}
