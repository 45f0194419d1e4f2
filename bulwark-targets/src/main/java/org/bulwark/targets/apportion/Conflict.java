package org.bulwark.targets.apportion;

import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;

/**
 * Bounds that cannot all hold, how the apportionment resolved them, and why.
 *
 * @param kind     which bounds collide
 * @param nation   the nation concerned; empty for a type-wide conflict
 * @param type     the type concerned; empty for a nation's total
 * @param demanded what the bound asks for (units)
 * @param possible what the other bounds allow (units)
 * @param reason   one line naming the figures and the resolution
 */
public record Conflict(Kind kind, Optional<NationCode> nation, Optional<UnitTypeId> type, int demanded, int possible,
                       String reason) {
    /** Which bounds collide. */
    public enum Kind {
        /** The lower bounds of a type add up to more than its requirement; the targets keep the lower bounds. */
        MINIMUMS_EXCEED_REQUIREMENT,
        /** A nation's lower bound of a type is above its cap; the target keeps the lower bound. */
        MINIMUM_ABOVE_CAP,
        /** A nation's minimum over all types cannot be reached within the caps and the requirement. */
        NATION_MINIMUM_UNMET
    }

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }
}
