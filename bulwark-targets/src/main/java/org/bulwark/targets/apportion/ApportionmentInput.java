package org.bulwark.targets.apportion;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;

/**
 * Everything {@link TargetApportioner} needs, resolved: who shares, with which weights, what is
 * required, and the bounds. Build one from a scenario with {@link ApportionmentInputs#from}, or
 * directly (tests, {@link BenchmarkInstances}).
 *
 * @param key               what the weights are
 * @param keyYear           the spending year the weights were read from; empty for custom weights
 * @param weightUnit        the weights' unit, for reports ("GDP, billion USD, current prices")
 * @param participants      the nations sharing the requirement, in order (ties go to earlier ones); Σ weight &gt; 0
 * @param requirement       units per type, one line per type, in order
 * @param inventories       holdings; entries of non-participants or of types not required are ignored
 * @param capMultiple       no nation is asked for more than this multiple of its inventory of a type; empty for no cap
 * @param minimums          minimum contributions of participants (of a required type, or of their total when the
 *                          type is empty); several of one nation and type add up
 * @param hostNationSupport units participants provide in place of a required type (a lower bound of their target;
 *                          several of one nation and type add up)
 * @param excluded          nations left out, with the reason
 */
public record ApportionmentInput(FairShareKey key, OptionalInt keyYear, String weightUnit,
                                 List<Participant> participants, List<CapabilityRequirement> requirement,
                                 List<Inventory> inventories, OptionalDouble capMultiple,
                                 List<ContributionMinimum> minimums, List<HostNationSupport> hostNationSupport,
                                 List<Exclusion> excluded) {
    public ApportionmentInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keyYear, "keyYear");
        Objects.requireNonNull(weightUnit, "weightUnit");
        Objects.requireNonNull(capMultiple, "capMultiple");
        participants = List.copyOf(participants);
        requirement = List.copyOf(requirement);
        inventories = List.copyOf(inventories);
        minimums = List.copyOf(minimums);
        hostNationSupport = List.copyOf(hostNationSupport);
        excluded = List.copyOf(excluded);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("an apportionment needs at least one participant");
        }
        Set<NationCode> nations = new HashSet<>();
        double total = 0;
        for (Participant p : participants) {
            if (!nations.add(p.nation())) {
                throw new IllegalArgumentException("participant " + p.nation() + " is listed twice");
            }
            total += p.weight();
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("the participants' weights must add up to a finite number > 0, was " + total);
        }
        Set<UnitTypeId> types = new HashSet<>();
        for (CapabilityRequirement line : requirement) {
            if (!types.add(line.type())) {
                throw new IllegalArgumentException("requirement lists " + line.type() + " twice");
            }
        }
        Set<String> held = new HashSet<>();
        for (Inventory inventory : inventories) {
            if (!held.add(inventory.nation() + "/" + inventory.type())) {
                throw new IllegalArgumentException("two inventories of " + inventory.type() + " for " + inventory.nation());
            }
        }
        capMultiple.ifPresent(m -> {
            if (!(m >= 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("capMultiple must be finite and >= 0, was " + m);
            }
        });
        for (ContributionMinimum minimum : minimums) {
            requireParticipant(nations, minimum.nation(), "minimum");
            minimum.type().ifPresent(type -> requireRequired(types, type, "minimum of " + minimum.nation()));
        }
        for (HostNationSupport support : hostNationSupport) {
            requireParticipant(nations, support.nation(), "host-nation support");
            requireRequired(types, support.type(), "host-nation support of " + support.nation());
        }
    }

    private static void requireParticipant(Set<NationCode> nations, NationCode nation, String what) {
        if (!nations.contains(nation)) {
            throw new IllegalArgumentException(what + " of " + nation + ", which is not a participant");
        }
    }

    private static void requireRequired(Set<UnitTypeId> types, UnitTypeId type, String what) {
        if (!types.contains(type)) {
            throw new IllegalArgumentException(what + " names " + type + ", which the requirement does not list");
        }
    }

    /** The required types, in requirement order. */
    public List<UnitTypeId> types() {
        return requirement.stream().map(CapabilityRequirement::type).toList();
    }

    /** Σ of the participants' weights. */
    public double totalWeight() {
        return participants.stream().mapToDouble(Participant::weight).sum();
    }

    /** The participants' shares weight / Σ weights, in participant order. */
    public double[] shares() {
        double total = totalWeight();
        return participants.stream().mapToDouble(p -> p.weight() / total).toArray();
    }

    /** Σ of the requirement over all types. */
    public int totalRequired() {
        return requirement.stream().mapToInt(CapabilityRequirement::quantity).sum();
    }
}
