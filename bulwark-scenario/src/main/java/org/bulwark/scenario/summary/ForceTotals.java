package org.bulwark.scenario.summary;

import java.util.Objects;

/** Totals for one group of units (a nation, a type, a tier, a region …). */
public record ForceTotals(String key, int units, long personnel, long vehicles, double liftTonnes, double combatValue) {
    public ForceTotals {
        Objects.requireNonNull(key, "key");
    }
}
