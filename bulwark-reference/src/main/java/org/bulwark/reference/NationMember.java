package org.bulwark.reference;

import java.util.Objects;
import org.bulwark.model.NationCode;

/** A NATO member, as listed in the defence expenditure data. */
public record NationMember(NationCode code, String name) {

    public NationMember {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
