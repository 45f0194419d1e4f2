package org.bulwark.targets.apportion;

import java.util.Objects;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;

/**
 * What one nation should hold of one unit type, and why.
 *
 * @param share       the nation's fair share s = weight / Σ weights, in [0, 1]
 * @param quota       s × the type's requirement (a real number)
 * @param fair        the fair rounding: the nation's Webster apportionment of the requirement without bounds
 * @param target      units the nation should hold (holdings included)
 * @param inventory   units it holds today (0 when the scenario lists none)
 * @param acquire     max(0, target − inventory): units to raise or buy
 * @param lower       the lower bound: max(type minimum, host-nation support)
 * @param upper       the upper bound: ⌊cap multiple × inventory⌋ when a cap is set, else the requirement
 *                    (never below {@code lower}: a minimum above the cap wins and is reported as a conflict)
 * @param binding     what decided the target
 * @param explanation one line with the key, key year, share, quota and the binding constraint
 */
public record CapabilityTarget(NationCode nation, UnitTypeId type, double share, double quota, int fair, int target,
                               int inventory, int acquire, int lower, int upper, Binding binding, String explanation) {
    public CapabilityTarget {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(explanation, "explanation");
        if (target < 0 || inventory < 0 || acquire != Math.max(0, target - inventory)) {
            throw new IllegalArgumentException("inconsistent target " + nation + " " + type + ": target " + target
                    + ", inventory " + inventory + ", acquire " + acquire);
        }
    }
}
