package org.bulwark.reference;

import java.util.Objects;
import org.bulwark.model.Source;

/**
 * One row of {@code adversary_forces.csv}: a Russian or Belarusian formation, exercise or
 * assessment. Sizes are kept as published text ("~12,000 troops; ~100 T-72 tanks"): Bulwark never
 * turns them into battalion counts here.
 */
public record AdversaryFormation(
        String formation,
        String type,
        String size,
        String location,
        String asOf,
        String notes,
        Source source) {

    public AdversaryFormation {
        Objects.requireNonNull(formation, "formation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
    }
}
