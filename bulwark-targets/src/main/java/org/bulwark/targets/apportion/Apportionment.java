package org.bulwark.targets.apportion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;

/**
 * National capability targets for a requirement, with what could not be met.
 *
 * @param input      the input, echoed
 * @param targets    one target per participant and required type, participant-major in input order
 * @param shortfalls types whose requirement the upper bounds cannot cover, in requirement order
 * @param conflicts  bounds that could not all hold and how they were resolved
 * @param objective  Σ (target − quota)² / quota over the pairs with a quota &gt; 0 (the Sainte-Laguë criterion)
 * @param method     how the targets were computed, for reports
 */
public record Apportionment(ApportionmentInput input, List<CapabilityTarget> targets, List<Shortfall> shortfalls,
                            List<Conflict> conflicts, double objective, String method) {
    public Apportionment {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(method, "method");
        targets = List.copyOf(targets);
        shortfalls = List.copyOf(shortfalls);
        conflicts = List.copyOf(conflicts);
    }

    /** True when every requirement is met within every bound: no shortfall and no conflict. */
    public boolean feasible() {
        return shortfalls.isEmpty() && conflicts.isEmpty();
    }

    /** The nation's targets, in requirement order; empty for a non-participant. */
    public List<CapabilityTarget> targetsOf(NationCode nation) {
        return targets.stream().filter(t -> t.nation().equals(nation)).toList();
    }

    /** The targets of a type, in participant order. */
    public List<CapabilityTarget> targetsFor(UnitTypeId type) {
        return targets.stream().filter(t -> t.type().equals(type)).toList();
    }

    /** One nation's target of one type. */
    public Optional<CapabilityTarget> target(NationCode nation, UnitTypeId type) {
        return targets.stream().filter(t -> t.nation().equals(nation) && t.type().equals(type)).findFirst();
    }

    /** Σ of the targets of a type (equal to its requirement unless there is a shortfall or a conflict). */
    public int total(UnitTypeId type) {
        return targets.stream().filter(t -> t.type().equals(type)).mapToInt(CapabilityTarget::target).sum();
    }
}
