package org.bulwark.cli.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The JSON configuration of the plan files: trees built in a fixed key order, decimals written
 * plain ({@code 1500000}, never {@code 1.5E+6}), two-space indent and {@code \n} line ends
 * whatever the platform.
 */
final class JsonTree {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonTree() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a rounded number, or null when it is not finite (an unconstrained capacity). */
    static ObjectNode number(ObjectNode node, String key, double value, int decimals) {
        node.put(key, Decimals.of(value, decimals));
        return node;
    }

    static String write(ObjectNode root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
