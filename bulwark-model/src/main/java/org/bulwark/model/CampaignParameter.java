package org.bulwark.model;

import java.util.Optional;

/**
 * The campaign model's parameters (docs/model.md gives each equation). Default values and
 * their public sources are reference data (bulwark-reference), not code; a scenario may
 * override any of them in {@code campaign.yaml} or declare it uncertain.
 *
 * <p>Notation, per axis and hour: {@code A}, {@code D} attacker and defender combat value
 * engaged; effective values {@code A' = A·attacker_effectiveness},
 * {@code D' = D·defender_effectiveness·terrain_defence·river·prepared}; force ratio
 * {@code r = A'/D'}.
 */
public enum CampaignParameter implements CampaignInput {
    ATTRITION_RATE_BY_ATTACKER("attrition_rate_by_attacker", "1/h", 0, 1,
            "Defender's share of combat value lost per hour at a force ratio of 1, per unit of its effectiveness multipliers (dD/dt = −a·D'·r^e; with e = 1 Lanchester's square law dD/dt = −a·A')."),
    ATTRITION_RATE_BY_DEFENDER("attrition_rate_by_defender", "1/h", 0, 1,
            "Attacker's share of combat value lost per hour at a force ratio of 1, per unit of its effectiveness (dA/dt = −d·A'·r^e; with e = −1 Lanchester's square law dA/dt = −d·D')."),
    DAILY_ATTRITION_SIGMA("daily_attrition_sigma", "", 0, 5,
            "Spread of the day-to-day luck of battle: each axis's attrition is multiplied, per side and per day, by a log-normal factor with median 1 and this sigma."),
    HOLD_RATIO("hold_ratio", "×", 0, Double.POSITIVE_INFINITY,
            "Force ratio r at or below which an opposed attacker makes no ground."),
    BREAKTHROUGH_RATIO("breakthrough_ratio", "×", 0, Double.POSITIVE_INFINITY,
            "Force ratio r at which an opposed advance reaches its full rate; between hold and breakthrough the rate rises linearly."),
    OPPOSED_ADVANCE_KM_PER_DAY("opposed_advance_km_per_day", "km/day", 0, 1000,
            "Full rate of an opposed advance in open terrain."),
    UNOPPOSED_ADVANCE_KM_PER_DAY("unopposed_advance_km_per_day", "km/day", 0, 1000,
            "Road-march rate of the attacking columns through undefended depth (no position in contact, or its defence broken); historical march rates already include their terrain, so no terrain factor applies."),
    DEFENDER_BREAK_FRACTION("defender_break_fraction", "", 0, 1,
            "A position's defence breaks when its combat value falls below this fraction of the most it has had there; its effect fades over the last 10 % before (0: fights to the last)."),
    ATTACKER_BREAK_FRACTION("attacker_break_fraction", "", 0, 1,
            "An attack on an axis culminates (stops advancing) when its combat value falls below this fraction of its starting value; its effect fades over the last 10 % before (0: never culminates)."),
    PREPARED_DEFENCE_MULTIPLIER("prepared_defence_multiplier", "×", 1, 10,
            "Multiplier on a defender's combat value once it has been in position for preparation_hours."),
    PREPARATION_HOURS("preparation_hours", "h", 0, Double.POSITIVE_INFINITY,
            "Hours a defender must be in position before it counts as a prepared defence."),
    RIVER_DEFENCE_MULTIPLIER("river_defence_multiplier", "×", 1, 10,
            "Multiplier on the defender's combat value while the attacker crosses a river line into an area."),
    TERRAIN_DEFENCE_OPEN("terrain_defence_open", "×", 0.1, 10, "Defender multiplier in open terrain."),
    TERRAIN_DEFENCE_MIXED("terrain_defence_mixed", "×", 0.1, 10, "Defender multiplier in mixed terrain."),
    TERRAIN_DEFENCE_FOREST("terrain_defence_forest", "×", 0.1, 10, "Defender multiplier in forest."),
    TERRAIN_DEFENCE_MARSH("terrain_defence_marsh", "×", 0.1, 10, "Defender multiplier in marsh and wetland."),
    TERRAIN_DEFENCE_URBAN("terrain_defence_urban", "×", 0.1, 10, "Defender multiplier in urban areas."),
    TERRAIN_ADVANCE_OPEN("terrain_advance_open", "×", 0, 10, "Opposed advance-rate multiplier in open terrain."),
    TERRAIN_ADVANCE_MIXED("terrain_advance_mixed", "×", 0, 10, "Opposed advance-rate multiplier in mixed terrain."),
    TERRAIN_ADVANCE_FOREST("terrain_advance_forest", "×", 0, 10, "Opposed advance-rate multiplier in forest."),
    TERRAIN_ADVANCE_MARSH("terrain_advance_marsh", "×", 0, 10, "Opposed advance-rate multiplier in marsh and wetland."),
    TERRAIN_ADVANCE_URBAN("terrain_advance_urban", "×", 0, 10, "Opposed advance-rate multiplier in urban areas."),
    ATTACKER_SORTIES_PER_DAY("attacker_sorties_per_day", "sorties/day", 0, Double.POSITIVE_INFINITY,
            "Adversary air and long-range strike missions flown against allied ground forces per day, theatre-wide."),
    DEFENDER_SORTIES_PER_DAY("defender_sorties_per_day", "sorties/day", 0, Double.POSITIVE_INFINITY,
            "Allied air interdiction and close air support missions against adversary ground forces per day, theatre-wide."),
    CV_DESTROYED_PER_SORTIE("cv_destroyed_per_sortie", "CV", 0, Double.POSITIVE_INFINITY,
            "Combat value a mission that gets through destroys."),
    ATTACKER_AIR_DEFENCE("attacker_air_defence", "", 0, 1,
            "Share of allied missions the adversary's air defence defeats or makes ineffective."),
    DEFENDER_AIR_DEFENCE("defender_air_defence", "", 0, 1,
            "Share of adversary missions allied air defence defeats or makes ineffective."),
    DEFENCE_RADIUS_KM("defence_radius_km", "km", 0, Double.POSITIVE_INFINITY,
            "A defending unit moves to the nearest defended position (an allied node on an axis) within this road distance of where it arrives; farther units are held in reserve."),
    ENGAGEMENT_SIGMA("engagement_sigma", "", 0, 5,
            "Spread of the battle-to-battle luck: each axis's attrition is multiplied, per side and per run, by a log-normal factor with median 1 and this sigma (on top of the daily luck)."),
    POSITION_DEPTH_KM("position_depth_km", "km", 0, 1000,
            "Depth of a defended position: the attack meets a position's defenders this many road km before its node and takes the node only by pushing through to it."),
    DEFENDER_MARCH_KM_PER_HOUR("defender_march_km_per_hour", "km/h", 0.1, 200,
            "Road-march rate, halts included, at which defenders move from where they arrive to a position and fall back between positions."),
    DEFENDER_LOSS_RATIO_EXPONENT("defender_loss_ratio_exponent", "", -5, 5,
            "How the defender's loss rate grows with the force ratio: its share lost per hour is a·(D'/D)·r^e (1 gives Lanchester's square law)."),
    ATTACKER_LOSS_RATIO_EXPONENT("attacker_loss_ratio_exponent", "", -5, 5,
            "How the attacker's loss rate changes with the force ratio: its share lost per hour is d·(A'/A)·r^e (−1 gives Lanchester's square law).");

    private final String id;
    private final String unit;
    private final double min;
    private final double max;
    private final String description;

    CampaignParameter(String id, String unit, double min, double max, String description) {
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

    /** The parameter with this file id, e.g. {@code hold_ratio}. */
    public static Optional<CampaignParameter> byId(String id) {
        for (CampaignParameter p : values()) {
            if (p.id.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The defender multiplier for a terrain class. */
    public static CampaignParameter terrainDefence(TerrainClass terrain) {
        return switch (terrain) {
            case OPEN -> TERRAIN_DEFENCE_OPEN;
            case MIXED -> TERRAIN_DEFENCE_MIXED;
            case FOREST -> TERRAIN_DEFENCE_FOREST;
            case MARSH -> TERRAIN_DEFENCE_MARSH;
            case URBAN -> TERRAIN_DEFENCE_URBAN;
        };
    }

    /** The advance-rate multiplier for a terrain class. */
    public static CampaignParameter terrainAdvance(TerrainClass terrain) {
        return switch (terrain) {
            case OPEN -> TERRAIN_ADVANCE_OPEN;
            case MIXED -> TERRAIN_ADVANCE_MIXED;
            case FOREST -> TERRAIN_ADVANCE_FOREST;
            case MARSH -> TERRAIN_ADVANCE_MARSH;
            case URBAN -> TERRAIN_ADVANCE_URBAN;
        };
    }
}
