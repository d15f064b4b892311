package org.lbkit.share.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for names that Linux accepts but a Windows share does not. Source: Microsoft, "Naming
 * Files, Paths, and Namespaces": the characters {@code < > : " / \ | ? *} and 0 to 31 are
 * reserved, the device names CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 are reserved with
 * or without an extension, and a name must not end in a space or a dot. A name is at most 255
 * UTF-16 units long.
 */
public final class WindowsNames {

    private static final int MAX_NAME_UNITS = 255;
    private static final String RESERVED_CHARACTERS = "<>:\"/\\|?*";
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private WindowsNames() {
    }

    /**
     * Checks one name.
     *
     * @param name a file or folder name
     * @return why the name is not valid on a Windows share, or empty when it is
     */
    public static Optional<String> check(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20) {
                return Optional.of(String.format("name contains the control character U+%04X", (int) c));
            }
            if (RESERVED_CHARACTERS.indexOf(c) >= 0) {
                return Optional.of("name contains '" + c + "', which Windows does not allow in names");
            }
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            String what = name.endsWith(".") ? "a dot" : "a space";
            return Optional.of("name ends with " + what + ", which Windows strips or rejects");
        }
        if (DEVICE_NAMES.contains(baseName(name))) {
            return Optional.of("name is the reserved Windows device name " + baseName(name));
        }
        if (name.length() > MAX_NAME_UNITS) {
            return Optional.of("name is " + name.length() + " characters long, over the limit of "
                    + MAX_NAME_UNITS);
        }
        return Optional.empty();
    }

    /** Returns the upper-case part before the first dot, with trailing spaces removed. */
    private static String baseName(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return base.stripTrailing().toUpperCase(Locale.ROOT);
    }
}
