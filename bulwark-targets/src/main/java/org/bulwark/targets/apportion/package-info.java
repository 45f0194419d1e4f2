/**
 * Capability targets: a requirement shared among the participating nations by a fair-share key,
 * within bounds, and what the targets cost. Start at
 * {@link org.bulwark.targets.apportion.ApportionmentInputs#from} (a scenario's target setup → an
 * {@link org.bulwark.targets.apportion.ApportionmentInput}), then
 * {@link org.bulwark.targets.apportion.TargetApportioner#apportion} (→ an
 * {@link org.bulwark.targets.apportion.Apportionment} with an explanation per target, shortfalls and
 * conflicts) and {@link org.bulwark.targets.apportion.TargetCosting#cost} (→ a
 * {@link org.bulwark.targets.apportion.TargetCost}). The formulation is in docs/targets.md.
 */
package org.bulwark.targets.apportion;
