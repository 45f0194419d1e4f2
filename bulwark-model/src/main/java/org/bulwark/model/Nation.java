package org.bulwark.model;

import java.util.Objects;

/** A nation taking part in a scenario. */
public record Nation(NationCode code, String name, NationRole role) {
    public Nation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
