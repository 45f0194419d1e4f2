package org.bulwark.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bulwark.model.Distribution;

/**
 * The distribution kinds {@code campaign.yaml} accepts under {@code uncertainty}, with the
 * numbers each one takes; the label is the {@link Distribution#kind()} of the record it builds.
 */
enum DistributionShape {
    FIXED("fixed", List.of("value"), List.of()),
    UNIFORM("uniform", List.of("min", "max"), List.of()),
    TRIANGULAR("triangular", List.of("min", "mode", "max"), List.of()),
    NORMAL("normal", List.of("mean", "sd"), List.of("min", "max")),
    LOGNORMAL("lognormal", List.of("median", "sigma"), List.of());

    /** Every label, in declaration order. */
    static final Map<String, DistributionShape> LABELS;
    /** Every number any shape takes, in a fixed order. */
    static final List<String> NUMBERS;

    static {
        Map<String, DistributionShape> labels = new LinkedHashMap<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (DistributionShape shape : values()) {
            labels.put(shape.label, shape);
            numbers.addAll(shape.fields());
        }
        LABELS = java.util.Collections.unmodifiableMap(labels);
        NUMBERS = List.copyOf(numbers);
    }

    private final String label;
    private final List<String> required;
    private final List<String> optional;

    DistributionShape(String label, List<String> required, List<String> optional) {
        this.label = label;
        this.required = required;
        this.optional = optional;
    }

    String label() {
        return label;
    }

    /** Numbers a distribution of this shape must give. */
    List<String> required() {
        return required;
    }

    /** Every number it may give: the required ones, then the optional ones. */
    List<String> fields() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    /** "min, mode and max", "min and max, optionally …" for hints. */
    String describeFields() {
        String text = list(required);
        return optional.isEmpty() ? text : text + ", and optionally " + list(optional) + " to truncate it";
    }

    private static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The distribution from numbers the validator has checked (no number missing, none
     * impossible); a normal without {@code min} or {@code max} is unbounded on that side.
     */
    Distribution build(Map<String, Double> numbers) {
        return switch (this) {
            case FIXED -> new Distribution.Fixed(numbers.get("value"));
            case UNIFORM -> new Distribution.Uniform(numbers.get("min"), numbers.get("max"));
            case TRIANGULAR -> new Distribution.Triangular(numbers.get("min"), numbers.get("mode"), numbers.get("max"));
            case NORMAL -> new Distribution.Normal(numbers.get("mean"), numbers.get("sd"),
                    numbers.getOrDefault("min", Double.NEGATIVE_INFINITY), numbers.getOrDefault("max", Double.POSITIVE_INFINITY));
            case LOGNORMAL -> new Distribution.LogNormal(numbers.get("median"), numbers.get("sigma"));
        };
    }
}
