package org.bulwark.model;

/**
 * Scenario quantities the campaign model may treat as uncertain. When a scenario gives no
 * distribution for one, its value is the one the scenario states (the threat's warning time)
 * or neutral (a multiplier of 1, a delay of 0).
 */
public enum ScenarioInput implements CampaignInput {
    WARNING_HOURS("warning_hours", "h", 0, Double.POSITIVE_INFINITY,
            "Time from C-day (the decision to deploy) to D-day (the attack); replaces the threat's warning_hours."),
    ATTACKER_EFFECTIVENESS("attacker_effectiveness", "×", 0, Double.POSITIVE_INFINITY,
            "Multiplier on the combat value of every adversary unit (training, morale, logistics)."),
    DEFENDER_EFFECTIVENESS("defender_effectiveness", "×", 0, Double.POSITIVE_INFINITY,
            "Multiplier on the combat value of every allied unit."),
    ARRIVAL_DELAY_HOURS("arrival_delay_hours", "h", 0, Double.POSITIVE_INFINITY,
            "Delay added to each reinforcement's planned arrival, drawn independently per unit.");

    private final String id;
    private final String unit;
    private final double min;
    private final double max;
    private final String description;

    ScenarioInput(String id, String unit, double min, double max, String description) {
        this.id = id;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public double min() {
        return min;
    }

    @Override
    public double max() {
        return max;
    }

    @Override
    public String description() {
        return description;
    }
}
