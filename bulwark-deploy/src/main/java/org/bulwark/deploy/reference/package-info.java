/**
 * Reference solvers for the deployment model (docs/deployment-model.md), on OR-Tools: a proven lower
 * bound from an LP relaxation ({@link org.bulwark.deploy.reference.LpRelaxationBound}), the
 * time-expanded network solved as one min-cost flow as a yardstick
 * ({@link org.bulwark.deploy.reference.TimeExpandedReference}) and
 * the exact optimum of tiny instances for differential tests
 * ({@link org.bulwark.deploy.reference.ExactDeploymentSolver}). They share one compiled form of the
 * scenario, a state graph of (node, mode, gauge). Nothing here depends on the planner.
 */
package org.bulwark.deploy.reference;
