package org.bulwark.targets.apportion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bulwark.model.Nation;
import org.bulwark.model.NationCode;
import org.bulwark.model.Scenario;
import org.bulwark.model.Source;
import org.bulwark.model.Spending;
import org.bulwark.model.UnitTypeId;
import org.bulwark.targets.spending.BurdenSharing;
import org.bulwark.targets.spending.CommitmentAssessor;
import org.bulwark.targets.spending.ShareColumn;
import org.bulwark.targets.spending.SpendingYears;

/**
 * A scenario's capability targets with their cost, and the shares reports set beside them: each
 * ally's share of what the targets are worth, of the plan's units, and the burden-sharing view.
 * Pure: derived from the scenario, the apportionment and the cost, no I/O.
 *
 * @param scenario      for nation names and the units each nation has in the plan
 * @param apportionment the targets
 * @param cost          their money
 * @param notes         what the reader should know that the figures do not show
 */
public record CostedTargets(Scenario scenario, Apportionment apportionment, TargetCost cost, List<String> notes) {
    public CostedTargets {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(apportionment, "apportionment");
        Objects.requireNonNull(cost, "cost");
        notes = List.copyOf(notes);
    }

    /**
     * Who carries what: each ally's share of Alliance GDP and of Alliance defence expenditure in
     * the key year (the latest complete year for the custom key), beside its share of these
     * targets ("requirement") and of the plan's units of the required types ("plan"); empty
     * when the spending data cannot form shares.
     */
    public Optional<BurdenSharing> burdenSharing() {
        Spending spending = scenario.spending();
        if (spending.series().isEmpty()) {
            return Optional.empty();
        }
        int year = apportionment.input().keyYear().orElseGet(() -> SpendingYears.latestComplete(spending));
        Optional<BurdenSharing> shares = CommitmentAssessor.standard().assess(spending, year).burdenSharing();
        if (shares.isEmpty()) {
            return shares;
        }
        Map<NationCode, Double> requirement = new LinkedHashMap<>();
        Map<NationCode, Double> plan = new LinkedHashMap<>();
        int planTotal = apportionment.input().participants().stream().mapToInt(p -> planUnits(p.nation())).sum();
        for (Participant p : apportionment.input().participants()) {
            requirement.put(p.nation(), requirementSharePct(p.nation()));
            plan.put(p.nation(), planTotal == 0 ? 0 : 100.0 * planUnits(p.nation()) / planTotal);
        }
        return Optional.of(shares.get()
                .with(new ShareColumn("requirement", requirement, Source.of("bulwark targets: "
                        + requirementShareBasis(), true)))
                .with(new ShareColumn("plan", plan, Source.of("units of the required types each ally has in scenario "
                        + scenario.info().id(), true))));
    }

    /** The nation's name in the scenario, or its code. */
    public String name(NationCode nation) {
        return scenario.nation(nation).map(Nation::name).orElse(nation.value());
    }

    /** The units of the required types the nation has in the scenario (posture and reinforcements alike). */
    public int planUnits(NationCode nation) {
        List<UnitTypeId> types = apportionment.input().types();
        return (int) scenario.units().stream().filter(u -> u.nation().equals(nation) && types.contains(u.type())).count();
    }

    /**
     * The nation's share of what the targets are worth, in percent: Σ target × acquisition cost
     * over the costed types, or of the target units when no required type has a cost.
     */
    public double requirementSharePct(NationCode nation) {
        Map<UnitTypeId, Double> value = new LinkedHashMap<>();
        for (TypeCost t : cost.types()) {
            t.cost().ifPresent(c -> value.put(t.type(), c.acquisitionUsdMillions()));
        }
        Function<CapabilityTarget, Double> worth = value.isEmpty() ? t -> (double) t.target()
                : t -> t.target() * value.getOrDefault(t.type(), 0.0);
        double total = apportionment.targets().stream().mapToDouble(worth::apply).sum();
        double mine = apportionment.targetsOf(nation).stream().mapToDouble(worth::apply).sum();
        return total > 0 ? 100 * mine / total : 0;
    }

    /** What {@link #requirementSharePct} measures, for column notes. */
    public String requirementShareBasis() {
        return cost.types().stream().anyMatch(t -> t.cost().isPresent())
                ? "share of the targets' acquisition value (costed types)" : "share of the target units";
    }
}
