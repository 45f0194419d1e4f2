package org.bulwark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a scenario turns a capability requirement into national targets and money
 * ({@code targets.yaml}, {@code inventories.csv}, {@code costs.csv}).
 *
 * @param key               what fair shares are proportional to
 * @param keyYear           the spending year the GDP/defence key is read from; empty for the latest
 *                          year in which every participant has data
 * @param customWeights     weight per nation for {@link FairShareKey#CUSTOM}; nations not listed weigh 0
 * @param capMultiple       "reasonable challenge": no nation is asked for more than this multiple of its
 *                          inventory of a type; empty for no cap
 * @param participants      the nations that share the requirement; empty for every ally of the scenario
 * @param requirement       the declared requirement, at most one line per type; empty when none is declared
 * @param inventories       holdings per nation and type, at most one entry per pair
 * @param costs             cost per unit type, at most one entry per type (overrides the bundled table)
 * @param minimums          minimum contributions (framework nations)
 * @param hostNationSupport units provided in place by host nations
 * @param programmeYears    years over which acquisition is spread when money is expressed per year
 */
public record TargetSetup(FairShareKey key, OptionalInt keyYear, Map<NationCode, Double> customWeights,
                          OptionalDouble capMultiple, List<NationCode> participants,
                          List<CapabilityRequirement> requirement, List<Inventory> inventories, List<UnitCost> costs,
                          List<ContributionMinimum> minimums, List<HostNationSupport> hostNationSupport,
                          int programmeYears, Source source) {
    /** A scenario without targets files: GDP key, latest year, no caps, every ally, nothing declared, 10 years. */
    public static final TargetSetup DEFAULT = new TargetSetup(FairShareKey.GDP, OptionalInt.empty(), Map.of(),
            OptionalDouble.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 10, Source.NONE);

    public TargetSetup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keyYear, "keyYear");
        Objects.requireNonNull(capMultiple, "capMultiple");
        Objects.requireNonNull(source, "source");
        customWeights.forEach((nation, weight) -> Units.requireNonNegative(weight, "custom weight of " + nation));
        customWeights = Collections.unmodifiableMap(new LinkedHashMap<>(customWeights));
        capMultiple.ifPresent(m -> Units.requireNonNegative(m, "capMultiple"));
        participants = List.copyOf(participants);
        requirement = List.copyOf(requirement);
        inventories = List.copyOf(inventories);
        costs = List.copyOf(costs);
        minimums = List.copyOf(minimums);
        hostNationSupport = List.copyOf(hostNationSupport);
        if (programmeYears < 1) {
            throw new IllegalArgumentException("programmeYears must be >= 1, was " + programmeYears);
        }
    }
}
