package org.bulwark.targets.apportion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.bulwark.model.CapabilityRequirement;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.bulwark.model.UnitTypeId;

/**
 * Invariants of the apportionment over random instances, and the engine against brute force on
 * tiny ones (jqwik prints the seed to replay a failure).
 */
class ApportionmentProperties {

    @Property(tries = 300)
    void targetsSumToTheRequirementWithinTheBounds(@ForAll long seed) {
        ApportionmentInput input = TestdataApportionment.random(seed, 8, 4, 40, true, true, true);
        Apportionment a = TargetApportioner.apportion(input);
        BruteForceApportionment bounds = new BruteForceApportionment(input);
        for (int t = 0; t < bounds.types; t++) {
            UnitTypeId type = input.requirement().get(t).type();
            List<CapabilityTarget> column = a.targetsFor(type);
            int lowerSum = 0;
            int upperSum = 0;
            for (int n = 0; n < bounds.nations; n++) {
                CapabilityTarget target = column.get(n);
                assertThat(target.target()).as("lower bound").isGreaterThanOrEqualTo(bounds.lower[n][t]);
                int upper = target.share() == 0 ? bounds.lower[n][t] : Math.max(bounds.lower[n][t], bounds.upper[n][t]);
                assertThat(target.target()).as("cap").isLessThanOrEqualTo(upper);
                assertThat(target.acquire()).isEqualTo(Math.max(0, target.target() - target.inventory()));
                lowerSum += bounds.lower[n][t];
                upperSum += upper;
            }
            int required = bounds.required[t];
            int expected = lowerSum > required ? lowerSum : Math.min(required, upperSum);
            assertThat(a.total(type)).as("total of " + type).isEqualTo(expected);
            assertThat(a.shortfalls().stream().anyMatch(s -> s.type().equals(type))).isEqualTo(lowerSum <= required
                    && upperSum < required);
        }
        if (a.shortfalls().isEmpty() && a.conflicts().isEmpty()) {
            for (CapabilityRequirement line : input.requirement()) {
                assertThat(a.total(line.type())).isEqualTo(line.quantity());
            }
        }
    }

    @Property(tries = 300)
    void aLargerShareNeverGetsASmallerTargetUnderTheSameBounds(@ForAll long seed) {
        ApportionmentInput input = TestdataApportionment.random(seed, 8, 3, 30, true, false, false);
        Apportionment a = TargetApportioner.apportion(input);
        for (UnitTypeId type : input.types()) {
            List<CapabilityTarget> column = a.targetsFor(type);
            for (int i = 0; i < column.size(); i++) {
                for (int j = i + 1; j < column.size(); j++) {
                    CapabilityTarget first = column.get(i);
                    CapabilityTarget second = column.get(j);
                    if (first.lower() == second.lower() && first.upper() == second.upper()) {
                        if (first.share() >= second.share()) {
                            assertThat(first.target()).as(first + " vs " + second).isGreaterThanOrEqualTo(second.target());
                        } else {
                            assertThat(first.target()).as(first + " vs " + second).isLessThanOrEqualTo(second.target());
                        }
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void raisingANationsWeightNeverLowersItsTarget(@ForAll long seed, @ForAll @DoubleRange(min = 1, max = 4) double factor) {
        ApportionmentInput input = TestdataApportionment.random(seed, 8, 3, 60, false, false, false);
        int raised = (int) Math.floorMod(seed, (long) input.participants().size());
        List<Participant> heavier = new ArrayList<>(input.participants());
        Participant p = heavier.get(raised);
        heavier.set(raised, new Participant(p.nation(), p.weight() * factor));
        ApportionmentInput more = new ApportionmentInput(input.key(), input.keyYear(), input.weightUnit(), heavier,
                input.requirement(), input.inventories(), input.capMultiple(), input.minimums(),
                input.hostNationSupport(), input.excluded());
        Apportionment before = TargetApportioner.apportion(input);
        Apportionment after = TargetApportioner.apportion(more);
        for (UnitTypeId type : input.types()) {
            assertThat(after.target(p.nation(), type).orElseThrow().target())
                    .isGreaterThanOrEqualTo(before.target(p.nation(), type).orElseThrow().target());
        }
    }

    @Property(tries = 200)
    void withoutBoundsTheTargetsAreWebstersApportionment(@ForAll long seed) {
        ApportionmentInput input = TestdataApportionment.random(seed, 10, 3, 200, false, false, true);
        Apportionment a = TargetApportioner.apportion(input);
        double[] shares = input.shares();
        for (CapabilityRequirement line : input.requirement()) {
            int[] webster = TargetApportioner.webster(shares, line.quantity());
            assertThat(a.targetsFor(line.type()).stream().mapToInt(CapabilityTarget::target).toArray()).isEqualTo(webster);
            assertThat(a.targetsFor(line.type())).allSatisfy(t -> assertThat(t.target()).isEqualTo(t.fair()));
        }
    }

    @Property(tries = 100)
    void theSameInputGivesTheSameApportionment(@ForAll long seed) {
        ApportionmentInput input = TestdataApportionment.random(seed, 8, 4, 40, true, true, true);
        assertThat(TargetApportioner.apportion(input)).isEqualTo(TargetApportioner.apportion(input));
    }

    @Property(tries = 300)
    void theObjectiveEqualsBruteForceOnTinyInstances(@ForAll long seed) {
        ApportionmentInput input = TestdataApportionment.random(seed, 3, 2, 6, (seed & 1) == 0, true, true);
        Apportionment a = TargetApportioner.apportion(input);
        OptionalDouble optimum = new BruteForceApportionment(input).optimum();
        assertThat(a.feasible()).as("feasible iff brute force finds an assignment").isEqualTo(optimum.isPresent());
        if (optimum.isPresent()) {
            assertThat(a.objective()).isCloseTo(optimum.getAsDouble(), within(1e-9));
        }
    }
}
