package org.bulwark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.bulwark.model.Mode;
import org.bulwark.model.Scenario;
import org.junit.jupiter.api.Test;

class SpeculativeInsertionTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(6, 1.5, 0, 1, 0);

    /** A search made before a commit, with its fill log, as the batch's helper threads make it. */
    private record Ahead(ArrivalSearch.Searched searched, ArrivalSearch.FillLog log) {
    }

    private static Ahead searchAhead(PlanningNetwork net, Preparation prep, Residuals residuals, int u) {
        ArrivalSearch search = new ArrivalSearch(net);
        search.potentials = prep.potential;
        search.trackWaits = true;
        search.fills = new ArrivalSearch.FillLog();
        double arrival = search.search(u, residuals, false);
        return new Ahead(search.searched(arrival), search.fills);
    }

    private static double fresh(PlanningNetwork net, Preparation prep, Residuals residuals, int u) {
        ArrivalSearch search = new ArrivalSearch(net);
        search.potentials = prep.potential;
        return search.search(u, residuals, false);
    }

    @Test
    void aSearchWhoseFillTheCommitChangedIsRedoneAndOneOnUntouchedCapacityIsKept() {
        // U1 and U2 queue on AB; U3 goes C -> D, which nobody else uses
        Scenario s = TestdataScenario.builder()
                .node("A").node("B").node("C").node("D")
                .link("AB", "A", "B", Mode.ROAD, 400, 10, 1000)
                .link("CD", "C", "D", Mode.ROAD, 400, 10, 1000)
                .unit("U1", "A", 1000, 20).unit("U2", "A", 1000, 20).unit("U3", "C", 1000, 20)
                .reinforce("U1", "B", 0, 40, 1).reinforce("U2", "B", 0, 41, 1).reinforce("U3", "D", 0, 42, 1)
                .build();
        PlanningNetwork net = new PlanningNetwork(s, OPTIONS);
        Preparation prep = new Preparation(net, 1);
        Schedule schedule = new Schedule(net, new Residuals(net), prep);
        Residuals residuals = schedule.residuals;
        int u1 = prep.order[0];
        int u2 = prep.order[1];
        int u3 = prep.order[2];
        Ahead second = searchAhead(net, prep, residuals, u2);
        Ahead third = searchAhead(net, prep, residuals, u3);
        assertThat(second.searched().arrival()).isEqualTo(28.0);

        residuals.logWrites();
        schedule.insert(u1);

        // U1's commit took AB's periods U2's search read: its departure moves, so it is searched again
        assertThat(SpeculativeInsertion.stillHolds(residuals, second.log(), net.tonnes[u2])).isFalse();
        assertThat(fresh(net, prep, residuals, u2)).isEqualTo(52.0);
        // U3 read only C, D and CD, which nobody wrote
        assertThat(SpeculativeInsertion.stillHolds(residuals, third.log(), net.tonnes[u3])).isTrue();
        assertThat(fresh(net, prep, residuals, u3)).isEqualTo(third.searched().arrival());
        residuals.stopLoggingWrites();
    }

    @Property(tries = 25)
    void aSearchThatStillHoldsIsTheSearchMadeAfterTheCommit(
            @ForAll @From(supplier = PlannerPropertiesTest.Instances.class) PlannerPropertiesTest.Instance instance) {
        Scenario s = instance.scenario();
        PlanningNetwork net = new PlanningNetwork(s, instance.options());
        Preparation prep = new Preparation(net, 1);
        Schedule schedule = new Schedule(net, new Residuals(net), prep);
        Residuals residuals = schedule.residuals;
        int[] order = prep.order;
        for (int i = 0; i + 1 < order.length; i++) {
            Ahead next = searchAhead(net, prep, residuals, order[i + 1]);
            residuals.logWrites();
            schedule.insert(order[i]);
            if (SpeculativeInsertion.stillHolds(residuals, next.log(), net.tonnes[order[i + 1]])) {
                ArrivalSearch again = new ArrivalSearch(net);
                again.potentials = prep.potential;
                again.trackWaits = true;
                double arrival = again.search(order[i + 1], residuals, false);
                ArrivalSearch.Searched now = again.searched(arrival);
                assertThat(Double.valueOf(now.arrival())).isEqualTo(Double.valueOf(next.searched().arrival()));
                assertThat(now.route()).isEqualTo(next.searched().route());
                assertThat(now.read()).isEqualTo(next.searched().read());
                assertThat(now.readLo()).isEqualTo(next.searched().readLo());
                assertThat(now.readHi()).isEqualTo(next.searched().readHi());
                assertThat(now.waited()).isEqualTo(next.searched().waited());
            }
        }
        residuals.stopLoggingWrites();
    }

    @Property(tries = 20)
    void anyThreadCountAndBatchGiveTheSequentialFirstPlan(
            @ForAll @From(supplier = PlannerPropertiesTest.Instances.class) PlannerPropertiesTest.Instance instance) {
        PlanningNetwork net = new PlanningNetwork(instance.scenario(), instance.options());
        Preparation prep = new Preparation(net, 1);
        Schedule sequential = new Schedule(net, new Residuals(net), prep);
        sequential.trackWaits();
        new SpeculativeInsertion(sequential, prep, 1).insertAll(done -> { });
        for (int[] tb : new int[][] {{2, 1}, {2, 3}, {4, 2}}) {
            Schedule parallel = new Schedule(net, new Residuals(net), prep);
            parallel.trackWaits();
            new SpeculativeInsertion(parallel, prep, tb[0], tb[1]).insertAll(done -> { });
            for (int u : prep.order) {
                assertThat(Double.valueOf(parallel.plans[u].arrival)).isEqualTo(Double.valueOf(sequential.plans[u].arrival));
                assertThat(parallel.plans[u].outcome).isEqualTo(sequential.plans[u].outcome);
                assertThat(parallel.plans[u].consumption.size).isEqualTo(sequential.plans[u].consumption.size);
                assertThat(parallel.unitRead[u]).isEqualTo(sequential.unitRead[u]);
                assertThat(parallel.unitWaited[u]).isEqualTo(sequential.unitWaited[u]);
            }
        }
    }
}
