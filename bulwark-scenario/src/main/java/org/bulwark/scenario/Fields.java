package org.bulwark.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bulwark.model.Ids;
import org.bulwark.model.NationCode;
import org.bulwark.model.Source;

/**
 * Typed access to the fields of one mapping (a YAML mapping or a CSV row), reporting every
 * unknown field, wrong type and missing required value. Getters return {@code null} when the
 * value is absent or was reported as wrong, so binding code reads straight through.
 */
final class Fields {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private final Tree.Mapping mapping;
    private final String path;
    private final Problems problems;
    private final List<String> allowed;

    private Fields(Tree.Mapping mapping, String path, Problems problems, List<String> allowed) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
        this.allowed = allowed;
    }

    /** The fields of {@code tree}, or empty after reporting that it is not a mapping. */
    static Optional<Fields> of(Tree tree, String path, List<String> allowed, Problems problems) {
        if (!(tree instanceof Tree.Mapping mapping)) {
            problems.error(tree.location(), path, "expected a mapping of fields, got " + tree.describe(),
                    "give fields like 'name: value'; the fields are: " + String.join(", ", allowed));
            return Optional.empty();
        }
        for (Tree.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.error(entry.keyLocation(), path, "unknown field '" + entry.key() + "'",
                        Problems.didYouMean(entry.key(), allowed, "the fields are: " + String.join(", ", allowed)));
            }
        }
        return Optional.of(new Fields(mapping, path, problems, allowed));
    }

    Location location() {
        return mapping.location();
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Whether the field is given with a value (not empty, not null). */
    boolean has(String field) {
        Tree.Entry entry = mapping.entries().get(field);
        return entry != null && !(entry.value() instanceof Tree.Scalar s && (s.isNull() || s.text().isBlank()));
    }

    /** The raw value of a field that is given, or null. */
    Tree tree(String field) {
        return has(field) ? mapping.entries().get(field).value() : null;
    }

    /**
     * A field whose value is a mapping keyed by the user's own names (not checked against a
     * field list): null when absent, and after reporting a value that is not a mapping.
     */
    Tree.Mapping mapping(String field, String what, String hint) {
        Tree value = tree(field);
        if (value == null || value instanceof Tree.Mapping) {
            return (Tree.Mapping) value;
        }
        problems.error(value.location(), path(field), "expected " + what + ", got " + value.describe(), hint);
        return null;
    }

    /** Where the key of a field is written; the mapping's own location when the field is absent. */
    Location keyLocation(String field) {
        Tree.Entry entry = mapping.entries().get(field);
        return entry == null ? mapping.location() : entry.keyLocation();
    }

    /**
     * Whether a field the caller requires is absent and no near-miss unknown field explains it
     * (that one is already reported with "Maybe you meant …"). An empty value counts as absent.
     */
    boolean missing(String field) {
        return !has(field) && !misspelt(field);
    }

    /** A scalar that must be a number (outside any mapping, e.g. {@code hold_ratio: 1.5}); null after reporting. */
    static Located<Double> number(Tree.Scalar scalar, String path, String hint, Problems problems) {
        String text = scalar.text().strip();
        if (!NUMBER.matcher(text).matches()) {
            problems.error(scalar.location(), path, "expected a number, got '" + text + "'", hint);
            return null;
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value) || Math.abs(value) > LARGEST) {
            problems.error(scalar.location(), path, "'" + text + "' is too large: numbers in a scenario lie within ±1e15",
                    "check the unit and the exponent; " + hint);
            return null;
        }
        if (value != 0 && Math.abs(value) < 1e-300) {
            problems.error(scalar.location(), path, "'" + text + "' is too small to be told from 0",
                    "write 0 or a number of ordinary size; " + hint);
            return null;
        }
        return new Located<>(value, scalar.location(), path);
    }

    /** The largest magnitude a scenario number may have: above any real distance, tonnage, cost or GDP in dollars. */
    static final double LARGEST = 1e15;

    /** A list-valued field: null when absent, and after reporting a value that is not a list. */
    Tree.Sequence sequence(String field, boolean required) {
        Tree value = present(field, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Tree.Sequence sequence) {
            return sequence;
        }
        problems.error(value.location(), path(field), "expected a list, got " + value.describe(),
                "write a list, one item per line starting with '- '");
        return null;
    }

    Located<String> text(String field, boolean required) {
        Tree.Scalar scalar = scalar(field, required);
        return scalar == null ? null : new Located<>(scalar.text().strip(), scalar.location(), path(field));
    }

    Located<String> id(String field, boolean required) {
        Located<String> text = text(field, required);
        return text == null ? null : checkId(text);
    }

    /** Ids in a YAML list or, in a CSV cell, separated by ';'. Never null. */
    List<Located<String>> ids(String field) {
        List<Located<String>> ids = new ArrayList<>();
        Tree value = present(field, false);
        if (value instanceof Tree.Scalar scalar) {
            for (String part : scalar.text().split(";")) {
                if (!part.isBlank()) {
                    ids.add(new Located<>(part.strip(), scalar.location(), path(field) + "[" + ids.size() + "]"));
                }
            }
        } else if (value instanceof Tree.Sequence sequence) {
            for (Tree item : sequence.items()) {
                String itemPath = path(field) + "[" + ids.size() + "]";
                if (item instanceof Tree.Scalar s && !s.isNull()) {
                    ids.add(new Located<>(s.text().strip(), s.location(), itemPath));
                } else {
                    problems.error(item.location(), itemPath, "expected an id, got " + item.describe(), Ids.RULE);
                    ids.add(null);
                }
            }
        } else if (value != null) {
            problems.error(value.location(), path(field), "expected a list of ids, got " + value.describe(),
                    "write [A, B] in YAML, or A;B in a CSV cell");
        }
        List<Located<String>> valid = new ArrayList<>();
        for (Located<String> id : ids) {
            if (id != null && checkId(id) != null) {
                valid.add(id);
            }
        }
        return valid;
    }

    /** Nation codes in a YAML list or, in a CSV cell, separated by ';'; invalid codes are reported and left out. Never null. */
    List<Located<String>> nations(String field) {
        List<Located<String>> valid = new ArrayList<>();
        for (Located<String> code : ids(field)) {
            if (checkNation(code) != null) {
                valid.add(code);
            }
        }
        return valid;
    }

    private Located<String> checkId(Located<String> text) {
        if (!Ids.isValid(text.value())) {
            problems.error(text.location(), text.path(), "'" + text.value() + "' is not a valid id", Ids.RULE);
            return null;
        }
        return text;
    }

    Located<String> nation(String field, boolean required) {
        Located<String> text = text(field, required);
        return text == null ? null : checkNation(text);
    }

    /** The code when it is an ISO 3166 alpha-3 code; null after reporting it. */
    Located<String> checkNation(Located<String> text) {
        if (!NationCode.isValid(text.value())) {
            String upper = text.value().toUpperCase(Locale.ROOT);
            problems.error(text.location(), text.path(), "'" + text.value() + "' is not an ISO 3166 alpha-3 nation code",
                    NationCode.isValid(upper) ? "Maybe you meant '" + upper + "'? Codes are three capital letters"
                            : "use three capital letters, e.g. LTU, POL, DEU");
            return null;
        }
        return text;
    }

    /** A number; {@code hint} says what is expected, e.g. "expected a number of hours, e.g. 72". */
    Located<Double> number(String field, boolean required, String hint) {
        Tree.Scalar scalar = scalar(field, required);
        if (scalar == null) {
            return null;
        }
        return number(scalar, path(field), hint, problems);
    }

    Located<Integer> wholeNumber(String field, boolean required, String hint) {
        Tree.Scalar scalar = scalar(field, required);
        if (scalar == null) {
            return null;
        }
        String text = scalar.text().strip();
        if (!WHOLE.matcher(text).matches()) {
            problems.error(scalar.location(), path(field), "expected a whole number, got '" + text + "'", hint);
            return null;
        }
        if (text.replaceFirst("^[-+]?0*", "").length() > 9) {
            problems.error(scalar.location(), path(field), "the number " + text + " is too large", hint);
            return null;
        }
        return new Located<>(Integer.parseInt(text), scalar.location(), path(field));
    }

    Located<Boolean> bool(String field, boolean required) {
        Tree.Scalar scalar = scalar(field, required);
        if (scalar == null) {
            return null;
        }
        String text = scalar.text().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "yes", "true" -> new Located<>(true, scalar.location(), path(field));
            case "no", "false" -> new Located<>(false, scalar.location(), path(field));
            default -> {
                problems.error(scalar.location(), path(field), "expected yes or no, got '" + scalar.text().strip() + "'",
                        "use yes or no (true and false work too)");
                yield null;
            }
        };
    }

    /** One of a fixed set of labels, matched without regard to case. */
    <E> Located<E> choice(String field, boolean required, String what, Map<String, E> labels) {
        Located<String> text = text(field, required);
        if (text == null) {
            return null;
        }
        E value = labels.get(text.value().toLowerCase(Locale.ROOT));
        if (value == null) {
            String allowed = Problems.useOneOf(labels.keySet());
            problems.error(text.location(), text.path(), "unknown " + what + " '" + text.value() + "'",
                    Problems.closest(text.value(), labels.keySet())
                            .map(c -> "Maybe you meant '" + c + "'? U" + allowed.substring(1))
                            .orElse(allowed));
            return null;
        }
        return new Located<>(value, text.location(), text.path());
    }

    /** {@code source} and {@code estimate}; an estimate unless a source is given and estimate says no. */
    Source source() {
        Located<String> reference = text("source", false);
        Located<Boolean> estimate = bool("estimate", false);
        boolean isEstimate = estimate != null ? estimate.value() : reference == null;
        return reference == null ? new Source(Source.UNSTATED, isEstimate) : Source.of(reference.value(), isEstimate);
    }

    private Tree.Scalar scalar(String field, boolean required) {
        Tree value = present(field, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Tree.Scalar scalar) {
            return scalar;
        }
        problems.error(value.location(), path(field), "expected a single value, got " + value.describe());
        return null;
    }

    private Tree present(String field, boolean required) {
        if (has(field)) {
            return mapping.entries().get(field).value();
        }
        if (required) {
            Tree.Entry entry = mapping.entries().get(field);
            if (entry != null) {
                problems.error(entry.value().location(), path(field), "a value is required here");
            } else if (!misspelt(field) && mapping.location().file().endsWith(".csv")) {
                // a CSV row without the field has a header without the column: say so once, at the header
                String file = mapping.location().file();
                if (problems.first(file + "|" + field)) {
                    problems.error(new Location(file, 1, 1), "", "the required column '" + field + "' is missing",
                            "add a '" + field + "' column to the header and give it in every row (docs/format.md)");
                }
            } else if (!misspelt(field)) {
                problems.error(mapping.location(), path, "missing required field '" + field + "'");
            }
        }
        return null;
    }

    /**
     * Whether an unknown field of this mapping is a near miss of {@code field}: its "unknown field"
     * problem already says "Maybe you meant …", so a second "missing" problem would only repeat it.
     */
    private boolean misspelt(String field) {
        return mapping.entries().keySet().stream()
                .filter(key -> !allowed.contains(key))
                .anyMatch(key -> Problems.closest(key, allowed).filter(field::equals).isPresent());
    }
}
