package org.bulwark.deploy.planner;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.network.PlanningNetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bulwark.deploy.check.PlanChecker;
import org.bulwark.deploy.reference.ExhaustiveReference;
import org.bulwark.model.Mode;
import org.bulwark.model.MovementTimes;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planner against the exhaustive reference ({@link ExhaustiveReference}) on random tiny
 * instances: random theatres of a few nodes and units with capacities small enough that units
 * queue ({@link #tiny}). The reference is exact over orders × routes committed by the planner's walk:
 * its plan replays to its stated lateness and passes the checker, the planner's lower bound never
 * exceeds it, the planner's first plan (committed unit by unit in one order) is never better, and
 * the final plan reaches it on most instances. Each instance prints its spec to replay a failure.
 */
class ExhaustiveReferenceTest {
    private static final int INSTANCES = 24;
    /**
     * Instances (of those the reference solved completely) where the planner's final plan reaches
     * the reference's lateness: measured 2026-12-07 as given in docs/BENCHMARKS.md. A floor; raise it
     * when the planner gets better.
     */
    private static final double PLANNER_REACHES_SHARE = 0.75;
    private static final List<Case> CASES = new ArrayList<>();

    record Case(String spec, Scenario scenario, ExhaustiveReference.Result reference) {
    }

    @BeforeAll
    static void solve() {
        SplittableRandom random = new SplittableRandom(20261207);
        while (CASES.size() < INSTANCES) {
            long seed = random.nextLong();
            Scenario s = tiny(seed);
            if (RouteReplay.replayer(s, PlannerOptions.DEFAULT).unitsToMove().size() < 2) {
                continue;
            }
            ExhaustiveReference.Result reference = ExhaustiveReference.solve(s, PlannerOptions.DEFAULT, 8, 500_000);
            CASES.add(new Case("tiny(" + seed + "L)", s, reference));
        }
    }

    /**
     * A random tiny theatre: 5–7 nodes joined by a random tree and two more links (road, rail of
     * either gauge with a gauge break where they meet, now and then sea or air), capacities small
     * enough that units queue, 3–5 units from two homes to one or two destinations with due hours a
     * day or more after their earliest. Half with the bundled movement times, half transit only.
     */
    static Scenario tiny(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int nodes = 5 + r.nextInt(3);
        TestdataScenario b = TestdataScenario.builder().horizon(480);
        if (r.nextBoolean()) {
            b.times(MovementTimes.DEFAULT);
        }
        for (int v = 0; v < nodes; v++) {
            b.node("N" + v, r.nextInt(3) == 0 ? 500 + r.nextInt(3000) : TestdataScenario.FREE);
        }
        RailGauge[] gaugeAt = new RailGauge[nodes];
        int links = 0;
        java.util.Set<String> joined = new java.util.HashSet<>();
        for (int v = 1; v < nodes + 2; v++) {
            int to = v < nodes ? v : 1 + r.nextInt(nodes - 1);
            int from = r.nextInt(v < nodes ? v : nodes);
            if (from == to || !joined.add(Math.min(from, to) + "-" + Math.max(from, to))) {
                continue;
            }
            double km = 100 + r.nextInt(600);
            double capacity = 200 + r.nextInt(1500);
            int kind = r.nextInt(10);
            String id = "L" + links++;
            if (kind < 4) {
                b.link(id, "N" + from, "N" + to, Mode.ROAD, km, km / 37, capacity);
            } else if (kind < 8) {
                RailGauge gauge = r.nextInt(3) == 0 ? RailGauge.BROAD_1520 : RailGauge.STANDARD_1435;
                b.rail(id, "N" + from, "N" + to, km / 18, capacity, gauge);
                for (int end : new int[] {from, to}) {
                    if (gaugeAt[end] != null && gaugeAt[end] != gauge) {
                        b.gaugeBreak("N" + end, 6 + r.nextInt(24), 300 + r.nextInt(2000));
                    }
                    gaugeAt[end] = gauge;
                }
            } else if (kind < 9) {
                b.link(id, "N" + from, "N" + to, Mode.SEA, km * 2, km * 2 / 30, capacity * 5);
            } else {
                b.link(id, "N" + from, "N" + to, Mode.AIR, km * 3, km * 3 / 700, 150 + r.nextInt(400), 70, null);
            }
        }
        int units = 3 + r.nextInt(3);
        int destinations = 1 + r.nextInt(2);
        for (int i = 0; i < units; i++) {
            String home = "N" + r.nextInt(2);
            b.unit("U" + i, home, 200 + r.nextInt(2500), r.nextInt(4) == 0 ? 60 : 20);
            double available = r.nextInt(48);
            b.reinforce("U" + i, "N" + (nodes - 1 - r.nextInt(destinations)), available, available + 24 + r.nextInt(120),
                    1 + r.nextInt(3));
        }
        return b.build();
    }

    @Test
    void theReferencePlanReplaysToItsLatenessAndPassesTheChecker() {
        for (Case c : CASES) {
            ExhaustiveReference.Result r = c.reference();
            DeploymentPlan replayed = RouteReplay.replay(c.scenario(), PlannerOptions.DEFAULT, r.routes()).plan().orElseThrow();
            assertThat(replayed.objective().weightedLateHours()).as(c.spec()).isCloseTo(r.weightedLateHours(), within(1e-6));
            assertThat(r.plan().objective().weightedLateHours()).as(c.spec()).isCloseTo(r.weightedLateHours(), within(1e-6));
            assertThat(PlanChecker.violations(c.scenario(), PlannerOptions.DEFAULT, r.plan())).as(c.spec()).isEmpty();
        }
    }

    @Test
    void mostInstancesAreSolvedCompletelyAndSomeHaveLateness() {
        long complete = CASES.stream().filter(c -> c.reference().complete()).count();
        long late = CASES.stream().filter(c -> c.reference().weightedLateHours() > 1e-6).count();
        assertThat(complete).as("complete searches").isGreaterThanOrEqualTo(INSTANCES * 3 / 4);
        assertThat(late).as("instances whose optimum is late: the comparison is not only 0 = 0").isGreaterThanOrEqualTo(4);
    }

    @Test
    void thePlannersBoundNeverExceedsTheReferenceAndItsFirstPlanIsNeverBetter() {
        PriorityListDeploymentPlanner planner = new PriorityListDeploymentPlanner();
        for (Case c : CASES) {
            double reference = c.reference().weightedLateHours();
            DeploymentPlan first = planner.plan(c.scenario(), PlannerOptions.DEFAULT.withImprovementRounds(0), ProgressListener.NONE);
            assertThat(first.bound().weightedLateHours()).as("bound, " + c.spec()).isLessThanOrEqualTo(reference + 1e-6);
            if (c.reference().complete()) {
                assertThat(first.objective().weightedLateHours()).as("first plan, " + c.spec())
                        .isGreaterThanOrEqualTo(reference - 1e-6);
            }
        }
    }

    @Test
    void everyUnitsClosureBoundHoldsForItsClosureInThePlanOnManyTinyInstances() {
        // per unit, not only summed: each unit's bound (rate, earliest element, pipeline) against its own closure
        PriorityListDeploymentPlanner planner = new PriorityListDeploymentPlanner();
        SplittableRandom random = new SplittableRandom(7);
        int checked = 0;
        int binding = 0;
        for (int i = 0; i < 300; i++) {
            long seed = random.nextLong();
            Scenario s = tiny(seed);
            PlanningNetwork net = new PlanningNetwork(s, PlannerOptions.DEFAULT);
            Preparation prep = new Preparation(net, 1);
            DeploymentPlan plan = planner.plan(s, PlannerOptions.DEFAULT.withImprovementRounds(5), ProgressListener.NONE);
            for (int u = 0; u < net.unitCount; u++) {
                double bound = prep.closureBound[u];
                if (Double.isNaN(bound)) {
                    continue;
                }
                org.bulwark.model.UnitId id = net.units[u].id();
                Movement m = plan.movements().stream().filter(x -> x.unit().equals(id)).findFirst().orElseThrow();
                if (m.arriveHour().isEmpty()) {
                    continue;
                }
                double closure = m.arriveHour().getAsDouble();
                assertThat(bound).as("unit %s of tiny(%dL)", id, seed).isLessThanOrEqualTo(closure + 1e-6);
                checked++;
                if (bound >= closure - 1e-6) {
                    binding++;
                }
            }
        }
        System.out.printf("closure bounds checked: %d units, %d met by the plan exactly%n", checked, binding);
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void thePlannerReachesTheReferenceOnMostInstances() {
        PriorityListDeploymentPlanner planner = new PriorityListDeploymentPlanner();
        int solved = 0;
        int reached = 0;
        List<String> missed = new ArrayList<>();
        for (Case c : CASES) {
            if (!c.reference().complete()) {
                continue;
            }
            solved++;
            double reference = c.reference().weightedLateHours();
            DeploymentPlan plan = planner.plan(c.scenario(), PlannerOptions.DEFAULT, ProgressListener.NONE);
            double planned = plan.objective().weightedLateHours();
            assertThat(plan.bound().weightedLateHours()).as("bound, " + c.spec()).isLessThanOrEqualTo(reference + 1e-6);
            if (planned <= reference + 1e-6) {
                reached++;
            } else {
                missed.add(c.spec() + ": planner " + planned + " h, reference " + reference + " h");
            }
        }
        System.out.printf("planner reached the exhaustive reference on %d of %d tiny instances%n%s%n", reached, solved,
                String.join("\n", missed));
        assertThat(reached).as("reached of %d; missed:%n%s", solved, String.join("\n", missed))
                .isGreaterThanOrEqualTo((int) Math.ceil(PLANNER_REACHES_SHARE * solved));
    }
}
