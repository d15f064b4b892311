package org.lbkit.model.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Windows rules for share names and for the names of folders and files in a path, as Microsoft's
 * "Naming Files, Paths, and Namespaces" page and the SMB share dialog state them. Each check
 * returns the reason a name is invalid, or {@code null} when it is valid.
 */
public final class WindowsNames {

    /** Maximum length of a share name, in UTF-16 code units ([MS-DTYP] 2.2.57). */
    public static final int MAX_SHARE_LENGTH = 80;

    /** Maximum length of one folder or file name, in UTF-16 code units. */
    public static final int MAX_SEGMENT_LENGTH = 255;

    private static final String SEGMENT_FORBIDDEN = "<>:\"/\\|?*";

    // Windows refuses to create shares whose names contain these, on top of the characters that
    // no file name may contain.
    private static final String SHARE_FORBIDDEN = "<>:\"/\\|?*[]+=;,";

    // Device names, with or without an extension. Windows also treats the superscript digits
    // 1, 2 and 3 as digits here. COM0 and LPT0 are creatable on Windows 10, so they are allowed.
    private static final Set<String> RESERVED = Set.of(
            "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "COM\u00B9", "COM\u00B2", "COM\u00B3",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
            "LPT\u00B9", "LPT\u00B2", "LPT\u00B3");

    private WindowsNames() {
    }

    /**
     * Checks a share name.
     *
     * @param name the share name
     * @return the reason it is invalid, or {@code null}
     */
    public static String shareProblem(String name) {
        if (name.isEmpty()) {
            return "the share name is missing";
        }
        if (name.length() > MAX_SHARE_LENGTH) {
            return "the share name has " + name.length() + " characters, more than the " + MAX_SHARE_LENGTH
                    + " Windows allows";
        }
        String character = characterProblem(name, SHARE_FORBIDDEN);
        if (character != null) {
            return "the share name " + Characters.quote(name) + " contains " + character;
        }
        return trailingProblem("the share name", name);
    }

    /**
     * Checks the name of one folder or file.
     *
     * @param name the name, never {@code .} or {@code ..}, which the caller resolves
     * @return the reason it is invalid, or {@code null}
     */
    public static String segmentProblem(String name) {
        if (name.isEmpty()) {
            return "a folder name is empty";
        }
        if (name.length() > MAX_SEGMENT_LENGTH) {
            return "a name has " + name.length() + " characters, more than the " + MAX_SEGMENT_LENGTH
                    + " Windows allows";
        }
        String character = characterProblem(name, SEGMENT_FORBIDDEN);
        if (character != null) {
            return "the name " + Characters.quote(name) + " contains " + character;
        }
        String trailing = trailingProblem("the name " + Characters.quote(name), name);
        if (trailing != null) {
            return trailing;
        }
        if (isReservedDeviceName(name)) {
            return Characters.quote(name) + " is a reserved Windows device name (CON, PRN, AUX, NUL, COM1 to COM9,"
                    + " LPT1 to LPT9, also with an extension); choose another name";
        }
        return null;
    }

    /**
     * Returns whether a name is a Windows device name, such as {@code nul} or {@code COM1.txt}.
     *
     * @param name the name
     * @return {@code true} when Windows reserves it
     */
    public static boolean isReservedDeviceName(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return RESERVED.contains(base.stripTrailing().toUpperCase(Locale.ROOT));
    }

    private static String characterProblem(String name, String forbidden) {
        int surrogate = Characters.unpairedSurrogate(name);
        if (surrogate >= 0) {
            return Characters.describe(name.charAt(surrogate));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || forbidden.indexOf(c) >= 0) {
                return Characters.describe(c) + ", which Windows forbids in names";
            }
        }
        return null;
    }

    private static String trailingProblem(String what, String name) {
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == ' ') {
            return what + " ends with " + (last == '.' ? "a dot" : "a space")
                    + ", which Windows strips; remove it";
        }
        return null;
    }
}
