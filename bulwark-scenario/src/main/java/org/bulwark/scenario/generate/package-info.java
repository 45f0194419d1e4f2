/**
 * Synthetic scenarios of any size, for benchmarks, property tests and demonstrations. Start at
 * {@link org.bulwark.scenario.generate.ScenarioGenerator#generate(GeneratorSpec)} with a preset
 * such as {@link org.bulwark.scenario.generate.GeneratorSpec#SMALL};
 * {@link org.bulwark.scenario.generate.PlantedInstanceGenerator} builds instances with a planted
 * on-time plan (the optimum weighted lateness is 0) to measure the deployment planner against. Pure: no I/O, no clock;
 * the seed is part of the spec.
 */
package org.bulwark.scenario.generate;
