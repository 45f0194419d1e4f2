package org.bulwark.model;

import java.util.Objects;

/**
 * What a scenario is: its name, what it is for and how far it can be trusted.
 *
 * @param classification always a public marking in Bulwark, e.g. {@code UNCLASSIFIED}
 * @param illustrative   true when the scenario mixes public facts with assumptions made for the example
 * @param asOf           the date the facts describe, as free text ("2023")
 * @param horizonHours   how long after C-day the scenario runs
 */
public record ScenarioInfo(
        String id,
        String name,
        String description,
        String classification,
        boolean illustrative,
        String asOf,
        double horizonHours) {

    public ScenarioInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(asOf, "asOf");
        Units.requirePositiveOrUnlimited(horizonHours, "horizonHours");
        Units.requireFinite(horizonHours, "horizonHours");
    }
}
