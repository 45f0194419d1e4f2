package org.bulwark.deploy.planner;

import org.bulwark.deploy.Bottleneck;
import org.bulwark.deploy.Bound;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.DeploymentPlanner;
import org.bulwark.deploy.Objective;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.bound.StreamBound;
import org.bulwark.deploy.network.PlanningNetwork;

import java.util.List;
import java.util.Objects;
import org.bulwark.model.Scenario;

/**
 * Plans reinforcements with a priority list and capacity-aware earliest-arrival searches, then
 * improves the plan by large-neighbourhood search, after docs/deployment-model.md and the
 * deployment research (§8).
 *
 * <ol>
 *   <li><b>Preparation</b>: each unit's critical path (earliest arrival alone on the empty
 *       network), which gives the lower bound ({@code critical-path}) and each unit's slack;
 *       units with no legal route are classified (no path, gauge break missing, too heavy).</li>
 *   <li><b>First plan</b>: units in order of latest start (required delivery hour less the time
 *       the unit needs alone, earliest first), priority, tonnage (largest first) and id, so a unit
 *       with a long onward journey crosses a saturated resource before one with a short one; each
 *       takes the earliest arrival the capacity left allows (CCRP-style, Lu, George and Shekhar
 *       2005), found by label setting over (node, arriving mode, train gauge) on residual
 *       capacities kept per resource and period in flat arrays.</li>
 *   <li><b>Improvement</b>, within {@link PlannerOptions#improvementRounds()}: up to four
 *       re-planning passes (every unit re-inserted, late ones earlier in the order, on-time ones
 *       off the arcs late units waited on when they stay on time; a pass costs the rounds that
 *       re-insert as many units), then rounds of remove-and-reinsert around late units; each is
 *       kept only when the lexicographic objective improves.</li>
 *   <li><b>Bottlenecks</b>: up to {@link PlannerOptions#bottleneckCandidates()} resources, those
 *       the late units waited longest for first, each made unlimited alone with the late units that
 *       used it planned again and everyone else kept; ranked by the drop in weighted lateness (what
 *       the relaxation saves at least); those that save nothing are left out.</li>
 *   <li><b>Bound</b>: the transit-and-rate bound ({@code StreamBound}): each unit's least transit plus
 *       its tonnes at the widest route's narrowest rate, which no plan of the streamed model beats.</li>
 * </ol>
 *
 * <p>Pure and deterministic: no I/O, no clock; the plan does not depend on the thread count
 * (threads only run searches side by side that read the same residuals: the critical paths, the
 * pairs of the first plan, each re-planning pass unit's two searches, and the bottleneck re-plans).
 */
public final class PriorityListDeploymentPlanner implements DeploymentPlanner {

    public PriorityListDeploymentPlanner() {
    }

    @Override
    public DeploymentPlan plan(Scenario scenario, PlannerOptions options, ProgressListener progress) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        PlanningNetwork net = new PlanningNetwork(scenario, options);
        double[][] potentials = new double[net.unitCount][];
        Schedule schedule = new Schedule(net, new Residuals(net), potentials);
        // the first plan is built while the preparation hands out the construction order (with
        // more than one thread, the critical paths of later units are worked out meanwhile); its
        // length is known at the end, so the progress counts up to the units that may move
        long mayMove = 0;
        for (int u = 0; u < net.unitCount; u++) {
            if (net.home[u] < 0 || net.home[u] != net.destination[u]) {
                mayMove++;
            }
        }
        long estimate = mayMove;
        long every = Math.max(1, mayMove / 100);
        long[] inserted = {0};
        Preparation prep;
        try (PairedInsertion first = new PairedInsertion(schedule, options.threads())) {
            prep = new Preparation(net, options.threads(), potentials, u -> {
                first.accept(u);
                if (++inserted[0] % every == 0) {
                    progress.progress("first plan", inserted[0], estimate);
                }
            });
            first.finish();
        }
        schedule.fixOutcomes(prep);
        progress.progress("first plan", prep.order.length, prep.order.length);
        Objective objective = schedule.objective();
        if (options.improvementRounds() > 0) {
            objective = new NeighbourhoodSearch(schedule, prep, options.threads()).run(options.improvementRounds(), progress);
        }
        List<Bottleneck> bottlenecks = BottleneckAnalysis.analyse(schedule, prep, options, progress);
        return PlanAssembler.assemble(schedule, prep, bottlenecks, objective, prep.bound);
    }
}
