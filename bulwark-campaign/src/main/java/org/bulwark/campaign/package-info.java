/**
 * The campaign assessment: does the posture hold? Start with {@link org.bulwark.campaign.CampaignSetup}, which
 * compiles a scenario, its reinforcement arrivals and the effective parameters into a
 * {@link org.bulwark.campaign.CampaignModel}; then {@link org.bulwark.campaign.MonteCarloCampaign} runs seeded
 * replications of the hourly engine and returns a {@link org.bulwark.campaign.CampaignAssessment}.
 * {@link org.bulwark.campaign.RequirementSearch} finds the least-cost forces to add so every objective holds
 * long enough with a given confidence; {@link org.bulwark.campaign.CourseOfActionComparison} sets variants side
 * by side on common random numbers. The
 * model's equations are in {@code docs/model.md}. Pure: no I/O, no clock; randomness comes from
 * counter-based streams keyed by (seed, replication, stream, counter).
 */
package org.bulwark.campaign;
