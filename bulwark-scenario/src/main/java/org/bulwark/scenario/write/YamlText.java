package org.bulwark.scenario.write;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Block-style YAML 1.2 through snakeyaml-engine's Dump API. Strings are written plain only when
 * they are unambiguous under both YAML 1.2 and YAML 1.1 readers (so {@code no}, {@code on},
 * {@code 2023} or {@code 1e3} are double-quoted); doubles use {@link Decimals}.
 */
final class YamlText {
    static final String HEADER = "# Bulwark scenario file; format: docs/format.md\n";

    /** Words some YAML reader would take for a boolean, null or special float. */
    private static final Set<String> RESERVED = Set.of(
            "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf");
    private static final Pattern SAFE_PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_./()-]*(?: [A-Za-z0-9_./()-]+)*");

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setUseUnicodeEncoding(true)
            .setBestLineBreak("\n")
            .setDereferenceAliases(true)
            .build();

    private YamlText() {
    }

    /** The document for {@code root} (insertion-ordered maps, lists, strings, numbers, booleans), with the header comment. */
    static String dump(Map<String, Object> root) {
        return HEADER + new Dump(SETTINGS, new ScenarioRepresenter(SETTINGS)).dumpToString(root);
    }

    static boolean safePlain(String text) {
        return SAFE_PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
    }

    private static final class ScenarioRepresenter extends StandardRepresenter {
        ScenarioRepresenter(DumpSettings settings) {
            super(settings);
            representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text, safePlain(text) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED);
            });
            representers.put(Double.class, data -> {
                double value = (Double) data;
                boolean integral = value == Math.rint(value) && Math.abs(value) < 1e15;
                return representScalar(integral ? Tag.INT : Tag.FLOAT, Decimals.format(value), ScalarStyle.PLAIN);
            });
        }
    }
}
