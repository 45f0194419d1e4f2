/**
 * The deployment planner: {@link org.bulwark.deploy.planner.PriorityListDeploymentPlanner} builds a
 * first plan by inserting units in latest-start order, each along the route whose stream of lift
 * elements closes earliest on the capacity left ({@code ArrivalSearch} over {@code Residuals}), then
 * improves it ({@code NeighbourhoodSearch}, {@code PairedInsertion}, {@code SearchWorker}), and
 * assembles the public {@link org.bulwark.deploy.DeploymentPlan} ({@code PlanAssembler}, with
 * {@code BottleneckAnalysis}). {@link org.bulwark.deploy.planner.RouteReplay} commits given routes
 * in a given order under the same rules — a planted plan, or the exhaustive reference's search.
 * Everything else here is package-private machinery.
 */
package org.bulwark.deploy.planner;
