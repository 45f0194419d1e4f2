package org.bulwark.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.bulwark.model.NationCode;
import org.bulwark.model.Source;

/** One data row of a bundled CSV file; every accessor names file and line when a cell is wrong. */
record CsvRow(String file, int line, Map<String, String> cells) {

    CsvRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, stripped; empty string when blank. */
    String text(String column) {
        String value = cells.get(column);
        if (value == null) {
            throw fail("no column '" + column + "'");
        }
        return value;
    }

    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw fail(column + " is blank");
        }
        return value;
    }

    Optional<String> optional(String column) {
        String value = text(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    OptionalDouble number(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw fail(column + " '" + value + "' is not a number");
        }
    }

    double requiredNumber(String column) {
        OptionalDouble value = number(column);
        if (value.isEmpty()) {
            throw fail(column + " is blank");
        }
        return value.getAsDouble();
    }

    int requiredInt(String column) {
        String value = required(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw fail(column + " '" + value + "' is not a whole number");
        }
    }

    /** A whole number, also written with thousands separators or a leading '~' ("~1,512"). */
    OptionalInt count(String column) {
        String value = text(column).replace(",", "").replace("~", "");
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw fail(column + " '" + text(column) + "' is not a whole number");
        }
    }

    NationCode nation(String column) {
        return parse(column, NationCode::of);
    }

    /** A ';'-separated list of nation codes; empty when blank. */
    List<NationCode> nations(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).map(code -> {
            if (!NationCode.isValid(code)) {
                throw fail(column + " '" + code + "' is not an ISO 3166 alpha-3 code");
            }
            return NationCode.of(code);
        }).toList();
    }

    /** A yes/no flag. */
    boolean yes(String column) {
        String value = required(column);
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw fail(column + " '" + value + "' is not yes or no");
        };
    }

    /** {@code source_url} with the given estimate flag; a blank source is an error in bundled data. */
    Source source(boolean estimate) {
        return Source.of(required("source_url"), estimate);
    }

    <T> T parse(String column, Function<String, T> parser) {
        String value = required(column);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw fail(column + " '" + value + "': " + e.getMessage());
        }
    }

    IllegalStateException fail(String message) {
        return new IllegalStateException(file + ":" + line + ": " + message);
    }
}
