package org.bulwark.reference;

import java.util.Objects;
import org.bulwark.model.Source;

/**
 * One row of {@code nato_force_model.csv}: a NATO readiness force, tier or initiative. Sizes and
 * readiness are kept as published text ("more than 100,000", "10-30 days").
 */
public record ForceModelElement(
        String element,
        String tier,
        String readiness,
        String troops,
        String introduced,
        String status,
        String notes,
        Source source) {

    public ForceModelElement {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(troops, "troops");
        Objects.requireNonNull(introduced, "introduced");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
    }
}
