package org.bulwark.targets.apportion;

import java.util.Objects;
import org.bulwark.model.UnitTypeId;

/**
 * Part of a type's requirement that no participant can be asked for within the bounds.
 *
 * @param required  the requirement
 * @param coverable how many units the upper bounds allow in total
 * @param missing   required − coverable (&gt; 0)
 * @param reason    one line, e.g. "armoured_bde: required 40, caps allow 31, missing 9"
 */
public record Shortfall(UnitTypeId type, int required, int coverable, int missing, String reason) {
    public Shortfall {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (missing <= 0 || missing != required - coverable) {
            throw new IllegalArgumentException("inconsistent shortfall of " + type + ": required " + required
                    + ", coverable " + coverable + ", missing " + missing);
        }
    }
}
