package org.lbkit.storage.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of text that breaks naive shell quoting. */
public final class TrickyStrings {

    /** Characters and sequences with a meaning in bash, PowerShell, cmd or the Windows command line. */
    private static final List<String> ATOMS = List.of(
            "a", "Z", "0", " ", "  ", "\t", "'", "''", "\"", "\\", "\\\\", "\\\"", "$", "$HOME", "${x}", "$(id)",
            "`", "`n", "`$", "%", "%PATH%", "!", "!!", "*", "?", "[a]", "~", "#", ";", "|", "&", "&&", "<", ">",
            "(", ")", "{", "}", "=", "-", "--", "-n", "é", "ß", "中文", "😀", "\u00A0", "\u2018", "\u2019",
            "\u201A", "\u201B", "\u201C", "\u201D", "\u201E", "@", "^", ",", ".", "/", ":");

    private static final List<String> LINE_BREAKS = List.of("\n", "\r\n", "\r");

    private TrickyStrings() {
    }

    /**
     * Returns strings of up to 24 tricky pieces, with no line break.
     *
     * @return the generator
     */
    public static Gen<String> singleLine() {
        return joined(ATOMS);
    }

    /**
     * Returns strings of up to 24 tricky pieces, line breaks included.
     *
     * @return the generator
     */
    public static Gen<String> multiLine() {
        List<String> all = new ArrayList<>(ATOMS);
        all.addAll(LINE_BREAKS);
        return joined(all);
    }

    /**
     * Returns single-line strings without the given characters, for values whose format has no
     * escape for them.
     *
     * @param excluded the characters to leave out
     * @return the generator
     */
    public static Gen<String> singleLineWithout(String excluded) {
        List<String> atoms = new ArrayList<>();
        for (String atom : ATOMS) {
            if (atom.chars().noneMatch(c -> excluded.indexOf(c) >= 0)) {
                atoms.add(atom);
            }
        }
        return joined(atoms);
    }

    private static Gen<String> joined(List<String> atoms) {
        return lists().of(Generate.pick(atoms)).ofSizeBetween(0, 24).map(parts -> String.join("", parts));
    }
}
