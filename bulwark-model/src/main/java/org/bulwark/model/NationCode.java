package org.bulwark.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** ISO 3166-1 alpha-3 code of a nation, e.g. {@code LTU}. */
public record NationCode(String value) implements Comparable<NationCode> {
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    public NationCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid nation code '" + value + "': use ISO 3166 alpha-3, three capital letters");
        }
    }

    public static boolean isValid(String value) {
        return value != null && ALPHA3.matcher(value).matches();
    }

    public static NationCode of(String value) {
        return new NationCode(value);
    }

    @Override
    public int compareTo(NationCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
