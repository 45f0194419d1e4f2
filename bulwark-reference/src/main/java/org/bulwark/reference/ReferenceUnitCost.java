package org.bulwark.reference;

import java.util.Objects;
import org.bulwark.model.UnitCost;

/**
 * One row of {@code unit_costs.csv}: the bundled cost of a unit type with the derivation behind it.
 * Every bundled figure is derived by Bulwark from public procurement prices (an estimate), never an
 * official cost.
 *
 * @param cost  the cost, its price year and its sources (the row's URLs, {@code estimate} as in the file)
 * @param notes how the figures were derived, e.g. "44 MBT x USD 25.5 M x 1.3 + …"
 */
public record ReferenceUnitCost(UnitCost cost, String notes) {
    public ReferenceUnitCost {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(notes, "notes");
    }
}
