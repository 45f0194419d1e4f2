/**
 * Deployment planning: time-phased reinforcement plans over road, rail, sea and air, with the
 * capacities that bind and a proven lower bound. The problem is defined in docs/deployment-model.md.
 *
 * <p>This package holds the public types only: {@link org.bulwark.deploy.DeploymentPlanner} and its
 * {@link org.bulwark.deploy.PlannerOptions}, and what a plan says — {@link
 * org.bulwark.deploy.DeploymentPlan}, {@link org.bulwark.deploy.Movement}, {@link
 * org.bulwark.deploy.Leg}, {@link org.bulwark.deploy.Objective}, {@link org.bulwark.deploy.Bound},
 * {@link org.bulwark.deploy.Bottleneck}, {@link org.bulwark.deploy.Closure}, {@link
 * org.bulwark.deploy.Utilisation}. The sub-packages depend on it, never the other way:
 * <ul>
 *   <li>{@code network} — the compiled network the planner and the bounds share;</li>
 *   <li>{@code bound} — lower bounds on it;</li>
 *   <li>{@code planner} — the planner ({@link org.bulwark.deploy.planner.PriorityListDeploymentPlanner})
 *       and {@link org.bulwark.deploy.planner.RouteReplay};</li>
 *   <li>{@code check} — {@link org.bulwark.deploy.check.PlanChecker}, which re-checks any plan
 *       independently of the planner;</li>
 *   <li>{@code reference} — {@link org.bulwark.deploy.reference.ExhaustiveReference}, the exact
 *       reference on tiny instances, for tests and benchmarks.</li>
 * </ul>
 */
package org.bulwark.deploy;
