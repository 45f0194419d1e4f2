package org.bulwark.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one shape both YAML files and CSV tables are turned into before binding: mappings,
 * sequences and scalars, each with the place in the file it came from.
 */
sealed interface Tree {

    Location location();

    /** What this is, for "expected …, got a list" messages. */
    String describe();

    /** A scalar; {@code text} is null for YAML null and for an empty CSV cell. */
    record Scalar(String text, Location location) implements Tree {
        public Scalar {
            Objects.requireNonNull(location, "location");
        }

        boolean isNull() {
            return text == null;
        }

        @Override
        public String describe() {
            return isNull() ? "nothing" : "'" + text + "'";
        }
    }

    record Sequence(List<Tree> items, Location location) implements Tree {
        public Sequence {
            items = List.copyOf(items);
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A key with the place where the key itself is written (a CSV header cell for tables). */
    record Entry(String key, Location keyLocation, Tree value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyLocation, "keyLocation");
            Objects.requireNonNull(value, "value");
        }
    }

    record Mapping(Map<String, Entry> entries, Location location) implements Tree {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }
}
