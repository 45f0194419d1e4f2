package org.bulwark.reference;

import java.util.Objects;

/** A column of a bundled data set, with the unit its values are in. */
public record DatasetColumn(String name, String unit, String description) {

    public DatasetColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
    }
}
