package org.bulwark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.bulwark.deploy.reference.TestScenarios;
import org.bulwark.model.Mode;
import org.bulwark.model.Scenario;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * The screen that skips a destination group's cut bound against the cut bound itself, on random
 * generated instances (the spec is printed to replay a failure): whenever it says the bound cannot
 * exceed a value, the computed bound does not; its flow never exceeds the minimum cut.
 */
class CutBoundScreenTest {

    private record Instance(String replay, PlanningNetwork net, Preparation prep, List<List<Integer>> groups) {
    }

    private static List<Instance> instances() {
        OrTools.load();
        SplittableRandom random = new SplittableRandom(20261123L);
        ScenarioGenerator generator = new ScenarioGenerator();
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            GeneratorSpec spec = GeneratorSpec.of(20 + random.nextInt(80), 10 + random.nextInt(40), 2 + random.nextInt(6),
                    random.nextLong());
            Scenario scenario = generator.generate(spec);
            PlannerOptions options = PlannerOptions.DEFAULT.withTimeStepHours(random.nextBoolean() ? 6 : 24);
            PlanningNetwork net = new PlanningNetwork(scenario, options);
            Preparation prep = new Preparation(net, 1);
            Map<Integer, List<Integer>> byDestination = new TreeMap<>();
            for (int u = 0; u < net.unitCount; u++) {
                if (prep.fixedOutcome[u] == UnitPlan.PLANNED) {
                    byDestination.computeIfAbsent(net.destination[u], d -> new ArrayList<>()).add(u);
                }
            }
            instances.add(new Instance("spec " + spec + ", step " + options.timeStepHours(), net, prep,
                    List.copyOf(byDestination.values())));
        }
        // a hand-made bottleneck: six 100 t units over one link of 100 t a day, due after its transit
        TestScenarios b = TestScenarios.builder().horizon(240).node("A", TestScenarios.UNLIMITED).node("B", TestScenarios.UNLIMITED)
                .link("AB", "A", "B", Mode.ROAD, 24, 100);
        for (int u = 1; u <= 6; u++) {
            b.move("U" + u, 100, 10, "A", "B", 0, 24, 1 + u % 2);
        }
        PlanningNetwork net = new PlanningNetwork(b.build(), PlannerOptions.DEFAULT.withTimeStepHours(24));
        Preparation prep = new Preparation(net, 1);
        List<Integer> all = new ArrayList<>();
        for (int u = 0; u < net.unitCount; u++) {
            all.add(u);
        }
        instances.add(new Instance("six units over one link", net, prep, List.of(all)));
        return instances;
    }

    @Test
    void neverClaimsACutBoundStaysBelowAValueItExceeds() {
        int proven = 0;
        int positive = 0;
        for (Instance instance : instances()) {
            for (List<Integer> group : instance.groups()) {
                PlanningNetwork net = instance.net();
                Preparation prep = instance.prep();
                double cut = CutAssignmentBound.cutBound(net, prep, group);
                double floor = Math.max(CutAssignmentBound.criticalPath(net, prep, group),
                        CutAssignmentBound.handlingBound(net, prep, group, net.arcCount + net.destination[group.get(0)], false));
                for (double value : new double[] {0, floor, cut, cut - 1e-3, cut * 0.5, 2 * cut + 1}) {
                    if (cut > value) {
                        positive++;
                    }
                    if (CutBoundScreen.cannotExceed(net, prep, group, value)) {
                        assertThat(cut).as("cut bound of a group of %d units, screened at %s, %s", group.size(), value,
                                instance.replay()).isLessThanOrEqualTo(value);
                        proven++;
                    }
                }
            }
        }
        assertThat(proven).as("screens that proved something").isPositive();
        assertThat(positive).as("values below a cut bound (the test would not see a wrong skip otherwise)")
                .isPositive();
    }

    @Test
    void flowAlongCriticalRoutesNeverExceedsTheMinimumCut() {
        int compared = 0;
        for (Instance instance : instances()) {
            PlanningNetwork net = instance.net();
            for (List<Integer> group : instance.groups()) {
                double flow = CutBoundScreen.flowAlongCriticalRoutes(net, instance.prep(), group);
                int[] cut = CutAssignmentBound.minimumCut(net, group);
                if (cut.length == 0) {
                    continue;
                }
                double capacity = 0;
                for (int arc : cut) {
                    capacity += net.capacityPerDay[arc];
                }
                assertThat(flow).as(instance.replay()).isLessThanOrEqualTo(capacity * (1 + 1e-12));
                if (flow > 0) {
                    compared++;
                }
            }
        }
        assertThat(compared).isPositive();
    }
}
