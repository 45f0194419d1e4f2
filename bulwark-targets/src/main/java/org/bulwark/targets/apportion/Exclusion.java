package org.bulwark.targets.apportion;

import java.util.Objects;
import org.bulwark.model.NationCode;

/** A nation that would have shared the requirement but does not, and why (e.g. no GDP figure in the key year). */
public record Exclusion(NationCode nation, String reason) {
    public Exclusion {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(reason, "reason");
    }
}
