package org.bulwark.cli;

import java.util.Optional;
import java.util.OptionalDouble;
import org.bulwark.deploy.Bound;
import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.FrontierPoolBound;
import org.bulwark.deploy.NetworkLagrangianBound;
import org.bulwark.deploy.OrTools;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.PriorityListDeploymentPlanner;
import org.bulwark.deploy.ProgressListener;
import org.bulwark.deploy.reference.LpRelaxationBound;
import org.bulwark.deploy.reference.LpRelaxationBound.BoundResult;
import org.bulwark.model.Scenario;

/**
 * One run of the deployment planner as the commands use it: the plan, and when asked the LP
 * relaxation, frontier-pools and network Lagrangian bounds, of which the plan keeps the strongest.
 *
 * @param lp      the LP bound's result when it was asked for
 * @param lpError why the LP bound could not run at all (e.g. no OR-Tools natives for this platform)
 */
record Deployment(Scenario scenario, PlannerOptions options, DeploymentPlan plan, Optional<BoundResult> lp,
                  Optional<String> lpError) {

    static Deployment run(Scenario scenario, PlannerOptions options, OptionalDouble lpTimeLimitSeconds,
                          ProgressListener progress) {
        DeploymentPlan plan = new PriorityListDeploymentPlanner().plan(scenario, options, progress);
        if (lpTimeLimitSeconds.isEmpty()) {
            return new Deployment(scenario, options, plan, Optional.empty(), Optional.empty());
        }
        progress.progress("bound", 0, 1);
        if (!OrTools.available()) {
            // the command-line jar carries OR-Tools natives for Linux x86-64 only (docs/architecture.md, D12)
            progress.progress("bound", 1, 1);
            return new Deployment(scenario, options, plan, Optional.empty(),
                    Optional.of("the LP solver (OR-Tools) is not shipped for " + OrTools.platform()
                            + "; the plan uses the critical-path bound"));
        }
        BoundResult lp;
        FrontierPoolBound.Result frontier;
        try {
            lp = LpRelaxationBound.compute(scenario, options, lpTimeLimitSeconds.getAsDouble());
            frontier = frontierPools(scenario, options, plan);
        } finally {
            progress.progress("bound", 1, 1);
        }
        Bound strongest = lp.bound().map(plan.bound()::strongest).orElse(plan.bound()).strongest(frontier.bound());
        return new Deployment(scenario, options, withBound(plan, strongest), Optional.of(lp), Optional.empty());
    }

    /**
     * The frontier-pools bound ({@link FrontierPoolBound}); zero work when the plan has no lateness
     * (nothing is left to prove).
     */
    static FrontierPoolBound.Result frontierPools(Scenario scenario, PlannerOptions options, DeploymentPlan plan) {
        if (plan.objective().weightedLateHours() <= 0) {
            return new FrontierPoolBound.Result(0, 0, 0, "not needed: the plan has no lateness");
        }
        return FrontierPoolBound.compute(scenario, options);
    }

    /** Most subgradient rounds of the network Lagrangian bound; in practice the time limit ends it first. */
    static final int NETWORK_BOUND_ITERATIONS = 1000;

    /**
     * The network Lagrangian bound ({@link NetworkLagrangianBound}) towards the plan's weighted
     * lateness {@code target}, ended after {@code seconds} of wall time (the clock stays here, at the
     * edge). Zero work when the plan has no lateness: nothing is left to prove.
     */
    static NetworkLagrangianBound.Result networkLagrangian(Scenario scenario, PlannerOptions options, DeploymentPlan plan,
                                                           double seconds) {
        double target = plan.objective().weightedLateHours();
        if (target <= 0) {
            return new NetworkLagrangianBound.Result(0, 0, 0, false);
        }
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        return NetworkLagrangianBound.compute(scenario, options, target, NETWORK_BOUND_ITERATIONS,
                () -> System.nanoTime() - deadline > 0);
    }

    /**
     * This deployment with the network Lagrangian bound computed within {@code seconds} and kept when
     * it is stronger ({@code deploy --bound}; not part of {@code plan}, see docs/BENCHMARKS.md).
     */
    Deployment withNetworkBound(double seconds, ProgressListener progress) {
        progress.progress("network bound", 0, 1);
        NetworkLagrangianBound.Result result = networkLagrangian(scenario, options, plan, seconds);
        progress.progress("network bound", 1, 1);
        return new Deployment(scenario, options, withBound(plan, plan.bound().strongest(result.bound())), lp, lpError);
    }

    static DeploymentPlan withBound(DeploymentPlan plan, Bound bound) {
        return new DeploymentPlan(plan.timeStepHours(), plan.periods(), plan.movements(), plan.closures(),
                plan.utilisation(), plan.bottlenecks(), plan.objective(), bound);
    }
}
