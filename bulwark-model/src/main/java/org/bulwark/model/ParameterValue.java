package org.bulwark.model;

import java.util.Objects;

/** A campaign parameter's value with where it came from. */
public record ParameterValue(double value, Source source) {
    public ParameterValue {
        Units.requireFinite(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
