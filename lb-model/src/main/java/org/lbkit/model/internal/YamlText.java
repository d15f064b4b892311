package org.lbkit.model.internal;

import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a cluster document as YAML with SnakeYAML's emitter. A text is written plain when a
 * reader gives it back unchanged, such as {@code C:\Program Files\IceWarp\}; it is quoted when a
 * reader would take it for another type, a tag or an alias ({@code "1"}, {@code 'yes'},
 * {@code '!x'}); and it is double-quoted with escapes when it contains a line break or another
 * character that YAML normalises or cannot show, so that every text reads back as written.
 */
/*
 * Jackson's YAMLGenerator 2.23 is not used for writing. With MINIMIZE_QUOTES it writes "!x"
 * unquoted, which reads back as a tag, and writes any value containing '\n' as a literal block,
 * which loses trailing line breaks. Without it, every path is double-quoted with doubled
 * backslashes. SnakeYAML's own string representer also picks literal blocks, and single quotes
 * turn U+0085 into '\n' on reading.
 */
public final class YamlText {

    private YamlText() {
    }

    /**
     * Returns the YAML text of a document of maps, lists, strings, integers and booleans.
     *
     * @param document the document
     * @return the text, one block mapping, with lists indented under their key
     */
    public static String write(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new TextRepresenter(options), options).dump(document);
    }

    /** Returns whether a text needs double quotes and escapes to read back unchanged. */
    static boolean needsEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            boolean special = c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE'
                    || Character.isSurrogate(c);
            if (control || special) {
                return true;
            }
        }
        return false;
    }

    /**
     * Represents every string as {@code !!str}: double-quoted when {@link #needsEscapes} returns true,
     * else plain, which the emitter turns into quotes where a plain scalar would read differently.
     */
    private static final class TextRepresenter extends Representer {

        TextRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                DumperOptions.ScalarStyle style = needsEscapes(text)
                        ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                        : DumperOptions.ScalarStyle.PLAIN;
                return representScalar(Tag.STR, text, style);
            });
        }
    }
}
