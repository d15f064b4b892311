package org.lbkit.share.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Names of the temporary files a migration writes before publishing: {@code <name>.<12 hex
 * digits>.lbpart} in the same folder as the final file. The original name is shortened, at a
 * code-point boundary, so that the temporary name stays within 255 UTF-8 bytes, which is also
 * within the 255 UTF-16 units of an NTFS name. Only names that match this pattern exactly are
 * ever deleted by a migration.
 */
public final class TempNames {

    /** Suffix every temporary name ends with. */
    public static final String SUFFIX = ".lbpart";

    private static final int MAX_NAME_BYTES = 255;
    private static final int RANDOM_HEX_DIGITS = 12;
    private static final Pattern TEMP = Pattern.compile(".*\\.[0-9a-f]{12}\\.lbpart", Pattern.DOTALL);

    private TempNames() {
    }

    /**
     * Returns a fresh temporary name for a final name.
     *
     * @param name the final file name
     * @return the temporary name
     */
    public static String forName(String name) {
        String tail = "." + randomHex() + SUFFIX;
        int budget = MAX_NAME_BYTES - tail.length();
        return shorten(name, budget) + tail;
    }

    /**
     * Returns whether a name has the exact shape of a temporary name.
     *
     * @param name a file name
     * @return {@code true} for a temporary name
     */
    public static boolean isTemporary(String name) {
        return name.endsWith(SUFFIX) && TEMP.matcher(name).matches();
    }

    /**
     * Returns 48 random bits as hex. Uniqueness, not secrecy, is needed: the file is created
     * exclusively, so a collision fails instead of overwriting.
     */
    private static String randomHex() {
        long bits = ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL | 1L << 4 * RANDOM_HEX_DIGITS;
        return Long.toHexString(bits).substring(1);
    }

    private static String shorten(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }
}
