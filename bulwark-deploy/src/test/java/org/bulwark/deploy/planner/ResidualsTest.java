package org.bulwark.deploy.planner;

import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.network.PlanningNetwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bulwark.scenario.generate.GeneratorSpec;
import org.bulwark.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/**
 * The fill against its definition on the residuals as they read: period by period from the
 * start's, take each period's free window (its residual at the resource's rate, at the period's
 * end) from the start on, until the load is carried. The fill skips spent periods, passes untouched
 * runs in one step and allocates a resource's row on its first write; none of that may change a
 * completion beyond rounding, through any sequence of takes and give-backs.
 */
class ResidualsTest {

    private static double definition(Residuals residuals, int res, double tonnes, double t, double deadline,
                                      PlanningNetwork net) {
        if (tonnes <= Residuals.EPS) {
            return t;
        }
        double rate = net.capacityPerPeriod[res] / net.step;
        double limit = Math.min(deadline, net.periods * net.step);
        double remaining = tonnes;
        double pos = t;
        for (int k = t <= 0 ? 0 : (int) (t / net.step); k < net.periods; k++) {
            double windowEnd = (k + 1) * net.step;
            double from = Math.max(pos, windowEnd - residuals.left(res, k) / rate);
            double avail = (windowEnd - from) * rate;
            if (remaining <= avail + Residuals.EPS) {
                double done = from + remaining / rate;
                return done <= limit ? done : Double.POSITIVE_INFINITY;
            }
            remaining -= Math.max(0, avail);
            pos = windowEnd;
        }
        return Double.POSITIVE_INFINITY;
    }

    @Test
    void fillsAsThePeriodByPeriodDefinitionThroughTakesAndGiveBacks() {
        PlanningNetwork net = new PlanningNetwork(new ScenarioGenerator().generate(GeneratorSpec.of(40, 30, 4, 7)),
                PlannerOptions.DEFAULT);
        List<Integer> constrained = new ArrayList<>();
        for (int r = 0; r < net.resourceCount && constrained.size() < 12; r++) {
            if (net.constrained(r)) {
                constrained.add(r);
            }
        }
        assertThat(constrained).hasSize(12);
        SplittableRandom random = new SplittableRandom(20261123L);
        Residuals residuals = new Residuals(net);
        List<Consumption> taken = new ArrayList<>();
        double horizon = net.periods * net.step;
        int checked = 0;
        int carried = 0;
        for (int step = 0; step < 3_000; step++) {
            int res = constrained.get(random.nextInt(constrained.size()));
            double cap = net.capacityPerPeriod[res];
            double tonnes = cap * (random.nextInt(4) == 0 ? random.nextInt(1, 6) : random.nextDouble(0.05, 4));
            double t = random.nextBoolean() ? random.nextInt(net.periods) * net.step : random.nextDouble(-1, horizon);
            int action = random.nextInt(10);
            if (action < 4) {
                Consumption log = new Consumption();
                residuals.consume(res, tonnes, t, log);
                taken.add(log);
            } else if (action < 5 && !taken.isEmpty()) {
                residuals.release(taken.remove(random.nextInt(taken.size())), 0);
            } else {
                double deadline = random.nextBoolean() ? Double.POSITIVE_INFINITY : t + random.nextDouble(0, horizon / 2);
                double expected = definition(residuals, res, tonnes, t, deadline, net);
                double got = residuals.fill(res, tonnes, t, deadline);
                if (expected == Double.POSITIVE_INFINITY) {
                    assertThat(got).as("step %d: fill of %s t on %d from %s h, deadline %s", step, tonnes, res, t, deadline)
                            .isEqualTo(expected);
                } else {
                    // untouched runs are summed in one division, the definition period by period
                    assertThat(got).as("step %d: fill of %s t on %d from %s h, deadline %s", step, tonnes, res, t, deadline)
                            .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, expected)));
                }
                checked++;
                if (expected != Double.POSITIVE_INFINITY) {
                    carried++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
        assertThat(carried).as("fills that completed").isGreaterThan(200);
    }
}
