/**
 * The independent plan checker: {@link org.bulwark.deploy.check.PlanChecker} verifies a
 * {@link org.bulwark.deploy.DeploymentPlan} against the movement model (docs/deployment-model.md)
 * from the scenario and the plan's public types alone — it shares no code with the planner, so a
 * planner fault cannot hide from it.
 */
package org.bulwark.deploy.check;
