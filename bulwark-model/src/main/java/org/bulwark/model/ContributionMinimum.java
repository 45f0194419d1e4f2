package org.bulwark.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A nation's minimum contribution, e.g. a framework nation's: at least {@code units} of one type,
 * or of all types together when {@code type} is empty.
 *
 * @param reason why, in the words of the scenario ("framework nation, eFP battlegroup Lithuania")
 */
public record ContributionMinimum(NationCode nation, Optional<UnitTypeId> type, int units, String reason,
                                  Source source) {
    public ContributionMinimum {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Units.requireNonNegative(units, "units");
    }
}
