package org.lbkit.model.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of URL path segments (RFC 3986 section 2.1), over UTF-8. */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * Encodes every byte of the UTF-8 form except the unreserved characters {@code A-Z a-z 0-9 - . _ ~}.
     * Encoding sub-delimiters such as {@code +} and {@code ;} too keeps the result safe for
     * decoders that read {@code +} as a space or cut parameters at {@code ;}.
     *
     * @param text the segment, with every surrogate paired
     * @return the encoded segment
     */
    public static String encodeSegment(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
