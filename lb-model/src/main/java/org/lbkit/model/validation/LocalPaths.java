package org.lbkit.model.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lbkit.model.InvalidUncPathException;
import org.lbkit.model.Platform;
import org.lbkit.model.UncPath;

/** Classifies the folder paths of a node and of the share, as text, without touching any disk. */
final class LocalPaths {

    private static final Pattern WINDOWS_DRIVE_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*");
    private static final Pattern DRIVE_LETTER = Pattern.compile("[A-Za-z]:.*");

    private LocalPaths() {
    }

    /** Returns whether a path starts like a UNC path, with two slashes or backslashes. */
    static boolean isUnc(String path) {
        return path.length() >= 2 && isSeparator(path.charAt(0)) && isSeparator(path.charAt(1));
    }

    /** Returns whether a path starts with a drive letter, such as {@code C:} or {@code S:\mail}. */
    static boolean hasDriveLetter(String path) {
        return DRIVE_LETTER.matcher(path).matches();
    }

    /** Returns whether a path is absolute for the platform: {@code X:\…} on Windows, {@code /…} on Linux. */
    static boolean isAbsolute(String path, Platform platform) {
        return platform == Platform.WINDOWS
                ? WINDOWS_DRIVE_PATH.matcher(path).matches()
                : path.startsWith("/") && !isUnc(path);
    }

    /** Returns whether a Windows path lies in {@code Program Files} or {@code Program Files (x86)}. */
    static boolean isInProgramFiles(String path) {
        if (!WINDOWS_DRIVE_PATH.matcher(path).matches()) {
            return false;
        }
        String first = path.substring(3).split("[\\\\/]", 2)[0].toLowerCase(Locale.ROOT);
        return first.equals("program files") || first.equals("program files (x86)");
    }

    /** Returns whether a Linux path is a folder or lies below it, comparing whole names. */
    static boolean isWithinLinux(String path, String folder) {
        String child = normaliseLinux(path);
        String parent = normaliseLinux(folder);
        return child.equals(parent) || parent.equals("/") || child.startsWith(parent + "/");
    }

    /** Parses a UNC path, or returns empty when the text is not one. */
    static Optional<UncPath> unc(String path) {
        try {
            return Optional.of(UncPath.parse(path));
        } catch (InvalidUncPathException e) {
            return Optional.empty();
        }
    }

    private static String normaliseLinux(String path) {
        String collapsed = path.replaceAll("/+", "/").replace("/./", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/")
                ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    private static boolean isSeparator(char c) {
        return c == '\\' || c == '/';
    }
}
