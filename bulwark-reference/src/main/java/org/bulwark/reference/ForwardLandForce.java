package org.bulwark.reference;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.bulwark.model.NationCode;
import org.bulwark.model.Source;

/**
 * One row of {@code forward_land_forces.csv}: a forward battlegroup's composition, strength or plan
 * at a date.
 *
 * @param hostScope     the file's host cell as written ({@code EST}, {@code EST;LVA;LTU;POL}, or {@code ALL8})
 * @param hosts         the host nations; all eight hosts when the scope is {@code ALL8}
 * @param troops        strength as published, e.g. {@code 1430} or {@code 2800-3000}; empty when not given
 * @param troopsLow     the (lower bound of the) strength as a number
 * @param asOf          date or period the row describes, as published
 * @param plannedTroops planned strength, when the row is a plan
 * @param plannedBy     year the plan is to be reached; empty when not given
 */
public record ForwardLandForce(
        String hostScope,
        List<NationCode> hosts,
        List<NationCode> frameworkNations,
        List<NationCode> contributors,
        String troops,
        OptionalInt troopsLow,
        String asOf,
        OptionalInt plannedTroops,
        String plannedBy,
        String notes,
        Source source) {

    /** The host scope meaning all eight forward battlegroups. */
    public static final String ALL_EIGHT = "ALL8";

    /** The eight host nations of NATO's forward land forces. */
    public static final List<NationCode> EIGHT_HOSTS = List.of("EST", "LVA", "LTU", "POL", "SVK", "HUN", "ROU", "BGR")
            .stream().map(NationCode::of).toList();

    public ForwardLandForce {
        Objects.requireNonNull(hostScope, "hostScope");
        hosts = List.copyOf(hosts);
        frameworkNations = List.copyOf(frameworkNations);
        contributors = List.copyOf(contributors);
        Objects.requireNonNull(troops, "troops");
        Objects.requireNonNull(troopsLow, "troopsLow");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(plannedTroops, "plannedTroops");
        Objects.requireNonNull(plannedBy, "plannedBy");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
    }

    /** True for rows about all eight battlegroups together. */
    public boolean allEight() {
        return ALL_EIGHT.equals(hostScope);
    }
}
