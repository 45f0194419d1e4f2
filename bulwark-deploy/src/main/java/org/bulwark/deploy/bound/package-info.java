/**
 * Lower bounds on the streamed deployment model (docs/deployment-model.md, "Lower bound and gap"):
 * {@link org.bulwark.deploy.bound.StreamBound} bounds each unit's closure in every plan — its
 * narrowest resource's rate, its earliest element (road links in the march window), and the pipeline
 * through each resource of its route — on the compiled network ({@code network}). The planner sums
 * them into the bound it reports; {@code ExhaustiveReferenceTest} checks them against plans.
 */
package org.bulwark.deploy.bound;
