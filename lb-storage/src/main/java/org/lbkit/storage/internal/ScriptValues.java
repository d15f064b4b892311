package org.lbkit.storage.internal;

import org.lbkit.storage.LbStorageException;

/** Checks that a value can be written into a UTF-8 script and passed as a program argument. */
final class ScriptValues {

    private ScriptValues() {
    }

    /**
     * Rejects a NUL character, which no program argument can contain, and an unpaired UTF-16
     * surrogate, which UTF-8 cannot encode.
     *
     * @param value the value
     * @param what what the value is, for the message; never the value itself, which may be secret
     * @throws LbStorageException naming the position of the first bad character
     */
    static void check(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new LbStorageException(what + " contains a NUL character at index " + i
                        + ", which no program argument can carry; remove it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new LbStorageException(what + " contains an unpaired UTF-16 surrogate at index " + i
                        + ", which cannot be written to a UTF-8 script; fix the text");
            }
        }
    }
}
