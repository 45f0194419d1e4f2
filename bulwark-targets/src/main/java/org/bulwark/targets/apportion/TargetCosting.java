package org.bulwark.targets.apportion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.bulwark.model.DefenceSpending;
import org.bulwark.model.NationCode;
import org.bulwark.model.Spending;
import org.bulwark.model.UnitCost;
import org.bulwark.model.UnitTypeId;

/**
 * Turns targets into money: the units each nation must add beyond its holdings, what they cost to
 * acquire and to run, per year over a programme, and as a share of the nation's GDP and defence
 * expenditure. The formulas and assumptions are in docs/targets.md.
 *
 * <ul>
 *   <li>new units = max(0, target − inventory) per nation and type;</li>
 *   <li>acquisition = Σ new units × acquisition cost; operating = Σ new units × annual operating cost
 *       (the holdings already in service are assumed to be paid for in today's budget);</li>
 *   <li>per year = acquisition / programme years + operating;</li>
 *   <li>% of GDP and % of defence expenditure use the key year's figures, or for the custom key
 *       each nation's latest year with figures; prices are not converted between the cost table's
 *       price year and that year;</li>
 *   <li>a type without a cost entry is listed as uncosted and in no money figure, never priced at 0.</li>
 * </ul>
 *
 * <p>Pure: no I/O, no clock.
 */
public final class TargetCosting {
    private TargetCosting() {
    }

    /**
     * The cost of {@code apportionment}'s targets.
     *
     * @param costs          at most one entry per type; entries of types not required are ignored
     * @param spending       the GDP and defence figures for the percentages
     * @param programmeYears years over which acquisition is spread, ≥ 1
     */
    public static TargetCost cost(Apportionment apportionment, List<UnitCost> costs, Spending spending, int programmeYears) {
        Objects.requireNonNull(apportionment, "apportionment");
        Objects.requireNonNull(spending, "spending");
        if (programmeYears < 1) {
            throw new IllegalArgumentException("programmeYears must be >= 1, was " + programmeYears);
        }
        Map<UnitTypeId, UnitCost> byType = new HashMap<>();
        for (UnitCost cost : costs) {
            if (byType.put(cost.type(), cost) != null) {
                throw new IllegalArgumentException("two cost entries for " + cost.type());
            }
        }
        ApportionmentInput input = apportionment.input();
        List<UnitTypeId> uncosted = input.types().stream().filter(t -> !byType.containsKey(t)).toList();

        List<TypeCost> types = new ArrayList<>();
        for (UnitTypeId type : input.types()) {
            int fresh = apportionment.targetsFor(type).stream().mapToInt(CapabilityTarget::acquire).sum();
            Optional<UnitCost> cost = Optional.ofNullable(byType.get(type));
            double acquisition = cost.map(c -> fresh * c.acquisitionUsdMillions()).orElse(0.0);
            double operating = cost.map(c -> fresh * c.annualOperatingUsdMillions()).orElse(0.0);
            int required = input.requirement().stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow().quantity();
            types.add(new TypeCost(type, required, fresh, cost, acquisition, operating,
                    acquisition / programmeYears + operating));
        }

        List<NationCost> nations = new ArrayList<>();
        boolean everyGdp = true;
        boolean everyDefence = true;
        double gdpUsdMillions = 0;
        double defenceUsdMillions = 0;
        for (Participant participant : input.participants()) {
            NationCode nation = participant.nation();
            int fresh = 0;
            int freshUncosted = 0;
            List<UnitTypeId> uncostedTypes = new ArrayList<>();
            double acquisition = 0;
            double operating = 0;
            for (CapabilityTarget target : apportionment.targetsOf(nation)) {
                UnitCost cost = byType.get(target.type());
                if (cost == null) {
                    freshUncosted += target.acquire();
                    if (target.acquire() > 0) {
                        uncostedTypes.add(target.type());
                    }
                } else {
                    fresh += target.acquire();
                    acquisition += target.acquire() * cost.acquisitionUsdMillions();
                    operating += target.acquire() * cost.annualOperatingUsdMillions();
                }
            }
            double perYear = acquisition / programmeYears + operating;
            Optional<DefenceSpending> figures = figures(spending, nation, input.keyYear());
            OptionalDouble gdp = figures.map(DefenceSpending::gdpUsdBillions).orElse(OptionalDouble.empty());
            OptionalDouble defence = figures.map(DefenceSpending::defenceUsdMillions).orElse(OptionalDouble.empty());
            everyGdp &= gdp.isPresent();
            everyDefence &= defence.isPresent();
            gdpUsdMillions += gdp.orElse(0) * 1000;
            defenceUsdMillions += defence.orElse(0);
            nations.add(new NationCost(nation, fresh, freshUncosted, uncostedTypes, acquisition, operating, perYear,
                    figures.map(f -> OptionalInt.of(f.year())).orElse(OptionalInt.empty()),
                    percent(perYear, gdp.isPresent() ? OptionalDouble.of(gdp.getAsDouble() * 1000) : gdp),
                    percent(perYear, defence)));
        }
        double acquisition = nations.stream().mapToDouble(NationCost::acquisitionUsdMillions).sum();
        double operating = nations.stream().mapToDouble(NationCost::annualOperatingUsdMillions).sum();
        double perYear = acquisition / programmeYears + operating;
        AllianceCost alliance = new AllianceCost(nations.stream().mapToInt(NationCost::newUnits).sum(),
                nations.stream().mapToInt(NationCost::uncostedNewUnits).sum(), acquisition, operating, perYear,
                everyGdp ? percent(perYear, OptionalDouble.of(gdpUsdMillions)) : OptionalDouble.empty(),
                everyDefence ? percent(perYear, OptionalDouble.of(defenceUsdMillions)) : OptionalDouble.empty());
        return new TargetCost(programmeYears, nations, types, alliance, uncosted);
    }

    /** The key year's row, or for the custom key the latest row with a GDP or defence figure. */
    private static Optional<DefenceSpending> figures(Spending spending, NationCode nation, OptionalInt keyYear) {
        return spending.series().stream()
                .filter(r -> r.nation().equals(nation)
                        && (r.gdpUsdBillions().isPresent() || r.defenceUsdMillions().isPresent()))
                .filter(r -> keyYear.isEmpty() || r.year() == keyYear.getAsInt())
                .max(Comparator.comparingInt(DefenceSpending::year));
    }

    private static OptionalDouble percent(double usdMillions, OptionalDouble ofUsdMillions) {
        return ofUsdMillions.isPresent() && ofUsdMillions.getAsDouble() > 0
                ? OptionalDouble.of(100 * usdMillions / ofUsdMillions.getAsDouble()) : OptionalDouble.empty();
    }
}
