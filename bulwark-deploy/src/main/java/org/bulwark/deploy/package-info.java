/**
 * The deployment planner: time-phased reinforcement plans over road, rail, sea and air, with the
 * capacities that bind and a proven lower bound. The problem is defined in docs/deployment-model.md.
 * Start at {@link org.bulwark.deploy.DeploymentPlanner} and {@link org.bulwark.deploy.DeploymentPlan}.
 */
package org.bulwark.deploy;
