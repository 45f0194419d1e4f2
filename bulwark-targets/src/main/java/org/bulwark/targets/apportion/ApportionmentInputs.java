package org.bulwark.targets.apportion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.Nation;
import org.bulwark.model.NationCode;
import org.bulwark.model.NationRole;
import org.bulwark.model.Scenario;
import org.bulwark.model.TargetSetup;
import org.bulwark.model.UnitTypeId;

/**
 * Resolves a scenario's target setup ({@link Scenario#targets()}) into an {@link ApportionmentInput}:
 * the participants (declared, or every ally), the key year, the weights, and the bounds that
 * apply. What cannot be resolved comes back as problems, all of them, never as an exception.
 */
public final class ApportionmentInputs {
    private ApportionmentInputs() {
    }

    /** What {@link #from} gives: an input ready to apportion, or every problem found. */
    public sealed interface Result permits Ready, Invalid {
    }

    /**
     * An input ready for {@link TargetApportioner#apportion}.
     *
     * @param notes what a reader of the targets should know and the input does not show, e.g. a
     *              declared minimum left out because the requirement has no unit of its type (excluded
     *              nations are in {@link ApportionmentInput#excluded()}, not here)
     */
    public record Ready(ApportionmentInput input, List<String> notes) implements Result {
        public Ready {
            Objects.requireNonNull(input, "input");
            notes = List.copyOf(notes);
        }
    }

    /** The setup cannot be apportioned; every problem, one line each, with what to change. */
    public record Invalid(List<String> problems) implements Result {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one problem");
            }
        }
    }

    /**
     * The input for the scenario's targets.
     *
     * @param keyOverride         the key to use instead of the scenario's; null for the scenario's
     * @param requirementOverride the requirement to use instead of the declared one (e.g. the result
     *                            of a requirement search); null for the declared one
     */
    public static Result from(Scenario scenario, FairShareKey keyOverride, List<CapabilityRequirement> requirementOverride) {
        Objects.requireNonNull(scenario, "scenario");
        TargetSetup setup = scenario.targets();
        FairShareKey key = keyOverride != null ? keyOverride : setup.key();
        List<CapabilityRequirement> requirement = requirementOverride != null ? requirementOverride : setup.requirement();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        Set<UnitTypeId> types = new HashSet<>();
        if (requirement.isEmpty()) {
            problems.add("no requirement to apportion: declare one under 'requirement:' in targets.yaml");
        }
        for (CapabilityRequirement line : requirement) {
            if (scenario.unitType(line.type()).isEmpty()) {
                problems.add("requirement type '" + line.type() + "' is not in the scenario's unit-type catalogue");
            }
            if (!types.add(line.type())) {
                problems.add("requirement lists '" + line.type() + "' twice: give one line per type");
            }
        }

        boolean declared = !setup.participants().isEmpty();
        List<NationCode> candidates = new ArrayList<>();
        if (declared) {
            Set<NationCode> seen = new HashSet<>();
            for (NationCode code : setup.participants()) {
                Optional<Nation> nation = scenario.nation(code);
                if (nation.isEmpty()) {
                    problems.add("participant " + code + " is not a nation of the scenario");
                } else if (nation.get().role() == NationRole.ADVERSARY) {
                    problems.add("participant " + code + " is an adversary in the scenario");
                } else if (!seen.add(code)) {
                    problems.add("participant " + code + " is listed twice");
                } else {
                    candidates.add(code);
                }
            }
        } else {
            scenario.nations().stream().filter(n -> n.role() == NationRole.ALLY).map(Nation::code).forEach(candidates::add);
            if (candidates.isEmpty()) {
                problems.add("the scenario has no ally to share the requirement: list 'participants:' in targets.yaml");
            }
        }

        List<Participant> participants = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        OptionalInt keyYear = OptionalInt.empty();
        String unit;
        if (key == FairShareKey.CUSTOM) {
            unit = "custom weight";
            Map<NationCode, Double> weights = setup.customWeights();
            if (weights.isEmpty()) {
                problems.add("the custom key needs weights: add 'weights: {ISO3: weight, ...}' to targets.yaml, "
                        + "or use --key gdp or --key defence");
            }
            for (NationCode nation : weights.keySet()) {
                if (!candidates.contains(nation)) {
                    problems.add("custom weight for " + nation + ", which is not a participant");
                }
            }
            for (NationCode nation : candidates) {
                participants.add(new Participant(nation, weights.getOrDefault(nation, 0.0)));
            }
            if (!weights.isEmpty() && participants.stream().mapToDouble(Participant::weight).sum() <= 0) {
                problems.add("the custom weights of the participants add up to 0: give at least one a weight above 0");
            }
        } else {
            unit = key == FairShareKey.GDP ? "GDP, billion USD (current prices)"
                    : "defence expenditure, million USD (current prices)";
            Function<DefenceSpending, OptionalDouble> figure = key == FairShareKey.GDP
                    ? DefenceSpending::gdpUsdBillions : DefenceSpending::defenceUsdMillions;
            String what = key == FairShareKey.GDP ? "GDP" : "defence expenditure";
            Map<NationCode, Map<Integer, Double>> byNation = new LinkedHashMap<>();
            for (DefenceSpending row : scenario.spending().series()) {
                figure.apply(row).ifPresent(v -> byNation.computeIfAbsent(row.nation(), n -> new LinkedHashMap<>())
                        .put(row.year(), v));
            }
            List<NationCode> withFigures = new ArrayList<>();
            for (NationCode nation : candidates) {
                if (byNation.containsKey(nation)) {
                    withFigures.add(nation);
                } else if (declared) {
                    problems.add("participant " + nation + " has no " + what + " figure in any year: "
                            + "leave it out of 'participants:' or use the custom key");
                } else {
                    excluded.add(new Exclusion(nation, "no " + what + " figure in any year"));
                }
            }
            if (setup.keyYear().isPresent()) {
                keyYear = setup.keyYear();
            } else {
                keyYear = latestCommonYear(withFigures, byNation);
                if (keyYear.isEmpty() && !withFigures.isEmpty()) {
                    problems.add("no year has a " + what + " figure for every participant: set 'key_year:' in targets.yaml");
                }
            }
            if (candidates.isEmpty() || withFigures.isEmpty()) {
                if (!candidates.isEmpty()) {
                    problems.add("no participant has a " + what + " figure: add spending data or use the custom key");
                }
            } else if (keyYear.isPresent()) {
                int year = keyYear.getAsInt();
                for (NationCode nation : withFigures) {
                    Double weight = byNation.get(nation).get(year);
                    if (weight != null) {
                        participants.add(new Participant(nation, weight));
                    } else if (declared) {
                        problems.add("participant " + nation + " has no " + what + " figure for " + year
                                + ": choose another 'key_year:' or leave it out of 'participants:'");
                    } else {
                        excluded.add(new Exclusion(nation, "no " + what + " figure for " + year));
                    }
                }
                if (participants.isEmpty() && problems.isEmpty()) {
                    problems.add("no participant has a " + what + " figure for " + year + ": choose another 'key_year:'");
                }
            }
        }

        Set<NationCode> sharing = new HashSet<>();
        participants.forEach(p -> sharing.add(p.nation()));
        List<ContributionMinimum> minimums = new ArrayList<>();
        for (ContributionMinimum minimum : setup.minimums()) {
            if (!sharing.contains(minimum.nation())) {
                problems.add("minimum for " + minimum.nation() + " (" + minimum.reason() + "), which is not a participant"
                        + exclusionText(excluded, minimum.nation()));
            } else if (minimum.type().isPresent() && !types.contains(minimum.type().get())) {
                notes.add("minimum of " + minimum.units() + " " + minimum.type().get() + " for " + minimum.nation()
                        + " is not applied: the requirement has no " + minimum.type().get());
            } else {
                minimums.add(minimum);
            }
        }
        List<HostNationSupport> support = new ArrayList<>();
        for (HostNationSupport provided : setup.hostNationSupport()) {
            if (!sharing.contains(provided.nation())) {
                problems.add("host-nation support from " + provided.nation() + ", which is not a participant"
                        + exclusionText(excluded, provided.nation()));
            } else if (!types.contains(provided.type())) {
                notes.add("host-nation support of " + provided.units() + " " + provided.type() + " from "
                        + provided.nation() + " is not applied: the requirement has no " + provided.type());
            } else {
                support.add(provided);
            }
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        List<Inventory> inventories = setup.inventories().stream()
                .filter(i -> sharing.contains(i.nation()) && types.contains(i.type())).toList();
        return new Ready(new ApportionmentInput(key, keyYear, unit, participants, requirement, inventories,
                setup.capMultiple(), minimums, support, excluded), notes);
    }

    private static OptionalInt latestCommonYear(List<NationCode> nations, Map<NationCode, Map<Integer, Double>> byNation) {
        if (nations.isEmpty()) {
            return OptionalInt.empty();
        }
        TreeSet<Integer> common = new TreeSet<>(byNation.get(nations.get(0)).keySet());
        for (NationCode nation : nations) {
            common.retainAll(byNation.get(nation).keySet());
        }
        return common.isEmpty() ? OptionalInt.empty() : OptionalInt.of(common.last());
    }

    private static String exclusionText(List<Exclusion> excluded, NationCode nation) {
        return excluded.stream().filter(e -> e.nation().equals(nation)).findFirst()
                .map(e -> " (excluded: " + e.reason() + ")").orElse("");
    }
}
