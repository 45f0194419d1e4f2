/**
 * The deployment planner: time-phased reinforcement plans over road, rail, sea and air, with the
 * capacities that bind and a proven lower bound. The problem is defined in docs/deployment-model.md.
 * Start at {@link org.bulwark.deploy.DeploymentPlanner} and {@link org.bulwark.deploy.DeploymentPlan};
 * the implementation is {@link org.bulwark.deploy.PriorityListDeploymentPlanner}, and
 * {@link org.bulwark.deploy.check.PlanChecker} (package {@code check}) re-checks any plan independently of it;
 * {@link org.bulwark.deploy.RouteReplay} evaluates a plan given as routes and an order (a planted
 * plan, say) under the planner's own rules, and {@link org.bulwark.deploy.reference.ExhaustiveReference}
 * (package {@code reference}) searches every order and route of a tiny instance with it. Everything else in
 * the package is the planner's package-private machinery: {@code PlanningNetwork} (the int-indexed
 * static graph), {@code Residuals} (capacity per resource and period), {@code ArrivalSearch} (one
 * unit's stream of lift elements along an early-closure route), {@code Schedule},
 * {@code NeighbourhoodSearch}, {@code BottleneckAnalysis} and {@code StreamBound} (the lower bound).
 */
package org.bulwark.deploy;
