package org.lbkit.storage.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Windows command line into arguments by the documented rules of the Microsoft C
 * runtime ("Parsing C++ command-line arguments"): blanks separate arguments outside quotes;
 * 2n backslashes before a double quote give n backslashes and toggle quoting; 2n+1 backslashes
 * before a double quote give n backslashes and a literal quote; other backslashes are literal; a
 * doubled quote inside a quoted part gives one literal quote.
 */
public final class WindowsArgv {

    private WindowsArgv() {
    }

    /**
     * Splits a command line that contains only arguments, no program name.
     *
     * @param line the command line
     * @return the arguments
     */
    public static List<String> split(String line) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = null;
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if ((c == ' ' || c == '\t') && !quoted) {
                if (current != null) {
                    arguments.add(current.toString());
                    current = null;
                }
                i++;
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
            }
            if (c == '\\') {
                int start = i;
                while (i < line.length() && line.charAt(i) == '\\') {
                    i++;
                }
                int count = i - start;
                if (i < line.length() && line.charAt(i) == '"') {
                    current.append("\\".repeat(count / 2));
                    if (count % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(count));
                }
                continue;
            }
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i += 2;
                    continue;
                }
                quoted = !quoted;
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        if (current != null) {
            arguments.add(current.toString());
        }
        return arguments;
    }
}
