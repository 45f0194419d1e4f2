/**
 * Reference solvers that judge the planner on instances small enough to search completely:
 * {@link org.bulwark.deploy.reference.ExhaustiveReference} tries every order and route of a few
 * units under the planner's own rules (through the public {@link org.bulwark.deploy.planner.RouteReplay}).
 * Tests and benchmarks use them; the planner never does.
 */
package org.bulwark.deploy.reference;
