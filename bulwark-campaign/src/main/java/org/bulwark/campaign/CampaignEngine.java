package org.bulwark.campaign;

import static org.bulwark.model.CampaignParameter.ATTACKER_AIR_DEFENCE;
import static org.bulwark.model.CampaignParameter.ATTACKER_BREAK_FRACTION;
import static org.bulwark.model.CampaignParameter.ATTACKER_SORTIES_PER_DAY;
import static org.bulwark.model.CampaignParameter.ATTRITION_RATE_BY_ATTACKER;
import static org.bulwark.model.CampaignParameter.ATTRITION_RATE_BY_DEFENDER;
import static org.bulwark.model.CampaignParameter.BREAKTHROUGH_RATIO;
import static org.bulwark.model.CampaignParameter.CV_DESTROYED_PER_SORTIE;
import static org.bulwark.model.CampaignParameter.DAILY_ATTRITION_SIGMA;
import static org.bulwark.model.CampaignParameter.ENGAGEMENT_SIGMA;
import static org.bulwark.model.CampaignParameter.DEFENCE_RADIUS_KM;
import static org.bulwark.model.CampaignParameter.DEFENDER_AIR_DEFENCE;
import static org.bulwark.model.CampaignParameter.DEFENDER_BREAK_FRACTION;
import static org.bulwark.model.CampaignParameter.DEFENDER_SORTIES_PER_DAY;
import static org.bulwark.model.CampaignParameter.HOLD_RATIO;
import static org.bulwark.model.CampaignParameter.OPPOSED_ADVANCE_KM_PER_DAY;
import static org.bulwark.model.CampaignParameter.PREPARATION_HOURS;
import static org.bulwark.model.CampaignParameter.PREPARED_DEFENCE_MULTIPLIER;
import static org.bulwark.model.CampaignParameter.RIVER_DEFENCE_MULTIPLIER;
import static org.bulwark.model.CampaignParameter.UNOPPOSED_ADVANCE_KM_PER_DAY;

import java.util.Arrays;
import org.bulwark.model.CampaignParameter;
import org.bulwark.model.TerrainClass;

/**
 * The hourly campaign engine: one replication of the model in docs/model.md, over primitive
 * arrays allocated once per worker. Not thread-safe; each worker thread owns one.
 */
final class CampaignEngine {
    /** A force-ratio sample of an axis where the attack has stopped (culminated or finished). */
    static final double INACTIVE = Double.NaN;

    private final CampaignModel m;
    private final int nAxes;
    private final int nObjectives;
    private final int nDefenders;
    private final int samples;
    private final double sampleHours;

    // Per axis.
    private final double[] attacker;
    private final double[] front;
    private final double[] peakDefence;
    private final double[] lossAttacker;
    private final double[] advance;
    private final double[] ratio;
    private final double[] luckAttacker;
    private final double[] luckDefender;
    private final double[] engagementAttacker;
    private final double[] engagementDefender;
    private final int[] segment;
    private final int[] nextObjective;
    private final int[] target;
    private final boolean[] stopped;
    private final boolean[] opposed;
    // Per objective.
    private final double[] pool;
    private final double[] prepared;
    private final double[] attacking;
    private final double[] lossDefender;
    private final boolean[] contact;
    private final boolean[] engaged;
    // Per defender.
    private final double[] arrival;
    private final int[] assigned;
    private final int[] order;
    private final double[] terrainDefence = new double[TerrainClass.values().length];
    private final double[] terrainAdvance = new double[TerrainClass.values().length];

    // Outcome of the last replication.
    /** Hours after D-day when each objective fell; +∞ when it held. */
    final double[] fallHour;
    /**
     * For each objective that fell: hours after D-day from which the axis that took it met no
     * defence (or only a broken one) without a break, and the km it covered so to the objective;
     * NaN when it fell to an attack still opposed (overrun above the hold ratio).
     */
    final double[] fallUndefendedFrom;
    final double[] fallUnopposedKm;
    /** Per axis: when its current unopposed run began (NaN while opposed), and the front then. */
    private final double[] unopposedSince;
    private final double[] unopposedFromKm;
    /** Force ratio per axis and sample (axis-major): finite when opposed, +∞ unopposed, NaN inactive. */
    final double[] ratioSamples;
    double attackerStart;
    double attackerLost;
    double defenderCommitted;
    double defenderLost;
    int objectivesHeld;

    CampaignEngine(CampaignModel model, double sampleHours) {
        this.m = model;
        this.nAxes = model.axisIds.length;
        this.nObjectives = model.objectiveIds.length;
        this.nDefenders = model.defenderIds.length;
        this.sampleHours = sampleHours;
        this.samples = sampleCount(model, sampleHours);
        attacker = new double[nAxes];
        front = new double[nAxes];
        peakDefence = new double[nAxes];
        lossAttacker = new double[nAxes];
        advance = new double[nAxes];
        ratio = new double[nAxes];
        luckAttacker = new double[nAxes];
        luckDefender = new double[nAxes];
        engagementAttacker = new double[nAxes];
        engagementDefender = new double[nAxes];
        segment = new int[nAxes];
        nextObjective = new int[nAxes];
        target = new int[nAxes];
        stopped = new boolean[nAxes];
        opposed = new boolean[nAxes];
        pool = new double[nObjectives];
        prepared = new double[nObjectives];
        attacking = new double[nObjectives];
        lossDefender = new double[nObjectives];
        contact = new boolean[nObjectives];
        engaged = new boolean[nObjectives];
        arrival = new double[nDefenders];
        assigned = new int[nDefenders];
        order = new int[nDefenders];
        fallHour = new double[nObjectives];
        fallUndefendedFrom = new double[nObjectives];
        fallUnopposedKm = new double[nObjectives];
        unopposedSince = new double[nAxes];
        unopposedFromKm = new double[nAxes];
        ratioSamples = new double[nAxes * samples];
    }

    /** Number of force-ratio samples: one at the end of every {@code sampleHours} of the campaign. */
    static int sampleCount(CampaignModel model, double sampleHours) {
        return (int) Math.floor(model.days * 24 / sampleHours + 1e-9);
    }

    /** Runs one replication with the given inputs; the outcome is left in the public fields. */
    void run(InputDraws in, long seed, long replication) {
        double[] p = in.parameters;
        double dt = m.stepHours;
        double dtDays = dt / 24;
        double attritionByAttacker = p[ATTRITION_RATE_BY_ATTACKER.ordinal()];
        double attritionByDefender = p[ATTRITION_RATE_BY_DEFENDER.ordinal()];
        double sigma = p[DAILY_ATTRITION_SIGMA.ordinal()];
        double engagementSigma = p[ENGAGEMENT_SIGMA.ordinal()];
        double hold = p[HOLD_RATIO.ordinal()];
        double breakthrough = p[BREAKTHROUGH_RATIO.ordinal()];
        double opposedRate = p[OPPOSED_ADVANCE_KM_PER_DAY.ordinal()] * dtDays;
        double unopposedRate = p[UNOPPOSED_ADVANCE_KM_PER_DAY.ordinal()] * dtDays;
        double defenderBreak = p[DEFENDER_BREAK_FRACTION.ordinal()];
        double attackerBreak = p[ATTACKER_BREAK_FRACTION.ordinal()];
        double preparedBonus = p[PREPARED_DEFENCE_MULTIPLIER.ordinal()] - 1;
        double preparationHours = p[PREPARATION_HOURS.ordinal()];
        double river = p[RIVER_DEFENCE_MULTIPLIER.ordinal()];
        double airOnDefender = p[ATTACKER_SORTIES_PER_DAY.ordinal()] * (1 - p[DEFENDER_AIR_DEFENCE.ordinal()])
                * p[CV_DESTROYED_PER_SORTIE.ordinal()] * dtDays;
        double airOnAttacker = p[DEFENDER_SORTIES_PER_DAY.ordinal()] * (1 - p[ATTACKER_AIR_DEFENCE.ordinal()])
                * p[CV_DESTROYED_PER_SORTIE.ordinal()] * dtDays;
        double radius = p[DEFENCE_RADIUS_KM.ordinal()];
        for (TerrainClass t : TerrainClass.values()) {
            terrainDefence[t.ordinal()] = p[CampaignParameter.terrainDefence(t).ordinal()];
            terrainAdvance[t.ordinal()] = p[CampaignParameter.terrainAdvance(t).ordinal()];
        }
        double effA = in.attackerEffectiveness;
        double effD = in.defenderEffectiveness;
        double dDay = in.warningHours;

        // Defenders: who defends what, and in which order they arrive.
        int arriving = 0;
        for (int u = 0; u < nDefenders; u++) {
            int o = m.defenderObjective[u];
            assigned[u] = o >= 0 && m.defenderObjectiveKm[u] <= radius ? o : -1;
            arrival[u] = m.defenderArrival[u] + (m.defenderFromD[u] ? dDay : 0) + in.delays[u];
            if (assigned[u] >= 0 && arrival[u] < Double.POSITIVE_INFINITY) {
                int k = arriving++;
                while (k > 0 && arrival[order[k - 1]] > arrival[u]) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = u;
            }
        }
        Arrays.fill(pool, 0);
        Arrays.fill(prepared, 0);
        Arrays.fill(contact, false);
        Arrays.fill(fallHour, Double.POSITIVE_INFINITY);
        Arrays.fill(fallUndefendedFrom, Double.NaN);
        Arrays.fill(fallUnopposedKm, Double.NaN);
        Arrays.fill(unopposedSince, Double.NaN);
        attackerStart = 0;
        for (int a = 0; a < nAxes; a++) {
            attacker[a] = m.attackerCv[a];
            attackerStart += attacker[a];
            front[a] = 0;
            peakDefence[a] = 0;
            segment[a] = 0;
            nextObjective[a] = 0;
            stopped[a] = false;
            ratio[a] = INACTIVE;
            luckAttacker[a] = 1;
            luckDefender[a] = 1;
            engagementAttacker[a] = 1;
            engagementDefender[a] = 1;
            markFallen(a, 0);
        }
        defenderCommitted = 0;
        defenderLost = 0;
        attackerLost = 0;

        if (engagementSigma > 0) {
            drawEngagement(seed, replication, engagementSigma);
        }
        int steps = (int) Math.ceil(m.days * 24 / dt - 1e-9);
        int next = 0;
        int day = -1;
        int sample = 0;
        for (int k = 0; k < steps; k++) {
            double t = dDay + k * dt;
            while (next < arriving && arrival[order[next]] <= t) {
                int u = order[next++];
                pool[assigned[u]] += m.defenderCv[u];
                defenderCommitted += m.defenderCv[u];
            }
            int today = (int) (k * dt / 24);
            if (today != day) {
                day = today;
                if (sigma > 0) {
                    drawLuck(seed, replication, day, sigma);
                }
            }
            // Which objective each live axis heads for, and the attack on each objective.
            Arrays.fill(attacking, 0);
            int live = 0;
            for (int a = 0; a < nAxes; a++) {
                if (stopped[a]) {
                    continue;
                }
                int[] objectives = m.axisObjectives[a];
                while (nextObjective[a] < objectives.length && fallHour[objectives[nextObjective[a]]] < Double.POSITIVE_INFINITY) {
                    nextObjective[a]++;
                }
                if (nextObjective[a] == objectives.length) {
                    stopped[a] = true;
                    ratio[a] = INACTIVE;
                    continue;
                }
                int o = objectives[nextObjective[a]];
                target[a] = o;
                attacking[o] += attacker[a];
                live++;
            }
            if (live == 0) {
                break;
            }
            // Combat and movement rates from the state at the start of the step.
            Arrays.fill(lossDefender, 0);
            Arrays.fill(engaged, false);
            double engagedAttacker = 0;
            for (int a = 0; a < nAxes; a++) {
                if (stopped[a]) {
                    continue;
                }
                int o = target[a];
                double defence = attacking[o] > 0 ? pool[o] * attacker[a] / attacking[o] : 0;
                if (defence > 0 && !contact[o]) {
                    contact[o] = true;
                    prepared[o] = preparedSince(o, t - preparationHours);
                }
                if (defence > peakDefence[a]) {
                    peakDefence[a] = defence;
                }
                int terrain = m.segmentTerrain[a][segment[a]];
                opposed[a] = defence > 0 && defence >= defenderBreak * peakDefence[a];
                if (opposed[a]) {
                    double d = defence * effD * terrainDefence[terrain] * (m.segmentRiver[a][segment[a]] ? river : 1)
                            * (1 + preparedBonus * prepared[o] / pool[o]);
                    double att = attacker[a] * effA;
                    double r = att / d;
                    ratio[a] = r;
                    lossDefender[o] += attritionByAttacker * att * dt * luckDefender[a] * engagementDefender[a];
                    lossAttacker[a] = attritionByDefender * d * dt * luckAttacker[a] * engagementAttacker[a];
                    advance[a] = r <= hold ? 0
                            : opposedRate * terrainAdvance[terrain]
                                    * (breakthrough > hold ? Math.min(1, (r - hold) / (breakthrough - hold)) : 1);
                    engaged[o] = true;
                    engagedAttacker += attacker[a];
                } else {
                    ratio[a] = Double.POSITIVE_INFINITY;
                    lossAttacker[a] = 0;
                    advance[a] = unopposedRate * terrainAdvance[terrain];
                }
                if (opposed[a]) {
                    unopposedSince[a] = Double.NaN;
                } else if (Double.isNaN(unopposedSince[a])) {
                    unopposedSince[a] = k * dt;
                    unopposedFromKm[a] = front[a];
                }
            }
            // Air and long-range fires on the forces engaged.
            if (engagedAttacker > 0) {
                double engagedDefender = 0;
                for (int o = 0; o < nObjectives; o++) {
                    if (engaged[o]) {
                        engagedDefender += pool[o];
                    }
                }
                for (int o = 0; o < nObjectives; o++) {
                    if (engaged[o]) {
                        lossDefender[o] += airOnDefender * pool[o] / engagedDefender;
                    }
                }
                for (int a = 0; a < nAxes; a++) {
                    if (!stopped[a] && opposed[a]) {
                        lossAttacker[a] += airOnAttacker * attacker[a] / engagedAttacker;
                    }
                }
            }
            // Apply losses (never more than there is) and move.
            for (int o = 0; o < nObjectives; o++) {
                double loss = Math.min(pool[o], lossDefender[o]);
                if (loss > 0) {
                    prepared[o] *= 1 - loss / pool[o];
                    pool[o] -= loss;
                    defenderLost += loss;
                }
            }
            double after = (k + 1) * dt;
            for (int a = 0; a < nAxes; a++) {
                if (stopped[a]) {
                    continue;
                }
                double loss = Math.min(attacker[a], lossAttacker[a]);
                attacker[a] -= loss;
                attackerLost += loss;
                if (attacker[a] <= 0) {
                    // nothing left to advance with, whatever the break fraction
                    stopped[a] = true;
                    continue;
                }
                double[] ends = m.segmentEndKm[a];
                front[a] = Math.min(ends[ends.length - 1], front[a] + advance[a]);
                while (segment[a] < ends.length - 1 && front[a] >= ends[segment[a]]) {
                    segment[a]++;
                }
                markFallen(a, after);
                if (attacker[a] < attackerBreak * m.attackerCv[a]) {
                    stopped[a] = true;
                }
            }
            while (sample < samples && (sample + 1) * sampleHours <= after + 1e-9) {
                for (int a = 0; a < nAxes; a++) {
                    ratioSamples[a * samples + sample] = ratio[a];
                }
                sample++;
            }
        }
        for (; sample < samples; sample++) {
            for (int a = 0; a < nAxes; a++) {
                ratioSamples[a * samples + sample] = INACTIVE;
            }
        }
        objectivesHeld = 0;
        for (int o = 0; o < nObjectives; o++) {
            if (fallHour[o] == Double.POSITIVE_INFINITY) {
                objectivesHeld++;
            }
        }
    }

    /** Objectives on the axis path that the front has reached fall now (hours after D-day). */
    private void markFallen(int a, double hoursAfterD) {
        int[] objectives = m.axisObjectives[a];
        double[] km = m.axisObjectiveKm[a];
        for (int i = 0; i < objectives.length && km[i] <= front[a]; i++) {
            if (fallHour[objectives[i]] == Double.POSITIVE_INFINITY) {
                fallHour[objectives[i]] = hoursAfterD;
                if (!Double.isNaN(unopposedSince[a])) {
                    fallUndefendedFrom[objectives[i]] = unopposedSince[a];
                    fallUnopposedKm[objectives[i]] = km[i] - Math.max(0, Math.min(km[i], unopposedFromKm[a]));
                }
            }
        }
    }

    /** Combat value in an objective's pool that has been in place since {@code by}. */
    private double preparedSince(int o, double by) {
        double total = 0;
        for (int u : m.objectiveDefenders[o]) {
            if (assigned[u] == o && arrival[u] <= by) {
                total += m.defenderCv[u];
            }
        }
        return total;
    }

    /**
     * The run's battle-to-battle luck, per axis and side: log-normal, median 1, drawn once per run
     * from its own counter (past any day's), so the daily luck streams are unchanged.
     */
    private void drawEngagement(long seed, long replication, double sigma) {
        for (int a = 0; a < nAxes; a++) {
            long stream = m.axisStreams[a];
            engagementAttacker[a] = Math.exp(sigma * RandomStreams.standardNormal(
                    RandomStreams.uniform(seed, replication, stream, ENGAGEMENT_COUNTER)));
            engagementDefender[a] = Math.exp(sigma * RandomStreams.standardNormal(
                    RandomStreams.uniform(seed, replication, stream + 1, ENGAGEMENT_COUNTER)));
        }
    }

    /** The random-number counter of the battle-to-battle luck: above any day of any campaign. */
    private static final int ENGAGEMENT_COUNTER = 1 << 20;

    /** Daily log-normal luck factors, median 1, per axis and side. */
    private void drawLuck(long seed, long replication, int day, double sigma) {
        for (int a = 0; a < nAxes; a++) {
            long stream = m.axisStreams[a];
            luckAttacker[a] = Math.exp(sigma * RandomStreams.standardNormal(RandomStreams.uniform(seed, replication, stream, day)));
            luckDefender[a] = Math.exp(sigma * RandomStreams.standardNormal(RandomStreams.uniform(seed, replication, stream + 1, day)));
        }
    }
}
