package org.bulwark.model;

/**
 * An input of the campaign model that a scenario may set or declare uncertain: a model
 * parameter ({@link CampaignParameter}) or a scenario quantity ({@link ScenarioInput}).
 */
public sealed interface CampaignInput permits CampaignParameter, ScenarioInput {
    /** The id used in scenario files, e.g. {@code warning_hours}. */
    String id();

    /** The unit of the value, e.g. {@code h}, {@code km/day}, {@code ×} for a multiplier. */
    String unit();

    /** Smallest legal value (inclusive). */
    double min();

    /** Largest legal value (inclusive); {@link Double#POSITIVE_INFINITY} when unbounded. */
    double max();

    /** One sentence: what the value means. */
    String description();
}
