package org.bulwark.scenario;

import java.util.Objects;

/** A value read from a file, with where it was written, so later checks can point at it. */
record Located<T>(T value, Location location, String path) {
    Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(path, "path");
    }
}
