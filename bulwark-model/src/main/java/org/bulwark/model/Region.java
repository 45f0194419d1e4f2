package org.bulwark.model;

import java.util.Objects;

/** A named part of the theatre; nodes name the region they belong to. */
public record Region(RegionId id, String name) {
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
