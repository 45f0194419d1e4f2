package org.bulwark.campaign;

import static org.bulwark.model.CampaignParameter.ATTACKER_AIR_DEFENCE;
import static org.bulwark.model.CampaignParameter.ATTACKER_BREAK_FRACTION;
import static org.bulwark.model.CampaignParameter.ATTACKER_LOSS_RATIO_EXPONENT;
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
import static org.bulwark.model.CampaignParameter.DEFENDER_LOSS_RATIO_EXPONENT;
import static org.bulwark.model.CampaignParameter.DEFENDER_MARCH_KM_PER_HOUR;
import static org.bulwark.model.CampaignParameter.DEFENDER_SORTIES_PER_DAY;
import static org.bulwark.model.CampaignParameter.HOLD_RATIO;
import static org.bulwark.model.CampaignParameter.OPPOSED_ADVANCE_KM_PER_DAY;
import static org.bulwark.model.CampaignParameter.POSITION_DEPTH_KM;
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

    /**
     * The force ratios (attacker/defender personnel) of the central 90 % of CDB90's battles, 5th and
     * 95th percentiles of the 579 with both strengths (0.56 and 6.27): the range in which the fitted
     * exponents of the attrition law hold (docs/model.md).
     */
    static final double FITTED_RATIO_LOW = 0.56;
    static final double FITTED_RATIO_HIGH = 6.27;

    /** Width of the band of strength above a break fraction over which a side's effect fades to nothing. */
    static final double BREAK_FADE = 0.1;

    private static final byte WAITING = 0;
    private static final byte MOVING = 1;
    private static final byte IN_POSITION = 2;
    private static final byte OUT = 3;

    private final CampaignModel m;
    private final int nAxes;
    private final int nObjectives;
    private final int nDefenders;
    private final int nPositions;
    private final int samples;
    private final double sampleHours;

    // Per axis.
    private final double[] attacker;
    private final double[] front;
    private final double[] lossAttacker;
    private final double[] advance;
    private final double[] limit;
    private final double[] ratio;
    private final double[] luckAttacker;
    private final double[] luckDefender;
    private final double[] engagementAttacker;
    private final double[] engagementDefender;
    private final double[] attackEffective;
    private final int[] segment;
    private final int[] nextObjective;
    private final int[] nextPosition;
    private final int[] contact;
    private final boolean[] stopped;
    private final boolean[] opposed;
    // Per position.
    private final double[] pool;
    private final double[] peak;
    private final double[] prepared;
    private final double[] attacking;
    private final double[] lossDefender;
    private final boolean[] contacted;
    private final boolean[] taken;
    private final boolean[] broken;
    // Per defender.
    private final double[] available;
    private final double[] ready;
    private final int[] position;
    private final byte[] state;
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
    /**
     * Hours after D-day when an axis first came within {@code position_depth_km} of each objective
     * (at its gates, where its defence would meet the attack; +∞ when never): the "outskirts" of
     * published wargames.
     */
    final double[] gateHour;
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
    // Per-run constants, set at the start of each replication.
    private double dt;
    private double attritionByAttacker;
    private double attritionByDefender;
    private double defenderExponent;
    private double attackerExponent;
    private boolean squareLaw;
    private double hold;
    private double breakthrough;
    private double opposedRate;
    private double unopposedRate;
    private double defenderBreak;
    private double attackerBreak;
    private double preparedBonus;
    private double preparationHours;
    private double river;
    private double depth;
    private double march;
    private double airOnDefender;
    private double airOnAttacker;
    private double radius;
    private double effA;
    private double effD;
    private double dDay;
    /** Defenders in order of availability, how many, and the next to set off. */
    private int arriving;
    private int nextArrival;
    /** CV of the live attacking axes this step. */
    private double liveAttacker;

    /** Per axis: combat value sent to its positions, and what covers it (docs/model.md, "Forces"). */
    private final double[] sent;
    private final double[] need;
    /** Defenders on the road to a position. */
    private int moving;
    /** Combat value cut off: in a position outflanked or overrun with no position behind it to fall back to. */
    double defenderCutOff;
    int objectivesHeld;

    CampaignEngine(CampaignModel model, double sampleHours) {
        this.m = model;
        this.nAxes = model.axisIds.length;
        this.nObjectives = model.objectiveIds.length;
        this.nDefenders = model.defenderIds.length;
        this.nPositions = model.positionNodes.length;
        this.sampleHours = sampleHours;
        this.samples = sampleCount(model, sampleHours);
        sent = new double[nAxes];
        need = new double[nAxes];
        attacker = new double[nAxes];
        front = new double[nAxes];
        lossAttacker = new double[nAxes];
        advance = new double[nAxes];
        limit = new double[nAxes];
        ratio = new double[nAxes];
        luckAttacker = new double[nAxes];
        luckDefender = new double[nAxes];
        engagementAttacker = new double[nAxes];
        engagementDefender = new double[nAxes];
        attackEffective = new double[nAxes];
        segment = new int[nAxes];
        nextObjective = new int[nAxes];
        nextPosition = new int[nAxes];
        contact = new int[nAxes];
        stopped = new boolean[nAxes];
        opposed = new boolean[nAxes];
        pool = new double[nPositions];
        peak = new double[nPositions];
        prepared = new double[nPositions];
        attacking = new double[nPositions];
        lossDefender = new double[nPositions];
        contacted = new boolean[nPositions];
        taken = new boolean[nPositions];
        broken = new boolean[nPositions];
        available = new double[nDefenders];
        ready = new double[nDefenders];
        position = new int[nDefenders];
        state = new byte[nDefenders];
        order = new int[nDefenders];
        fallHour = new double[nObjectives];
        fallUndefendedFrom = new double[nObjectives];
        gateHour = new double[nObjectives];
        fallUnopposedKm = new double[nObjectives];
        unopposedSince = new double[nAxes];
        unopposedFromKm = new double[nAxes];
        ratioSamples = new double[nAxes * samples];
    }

    /** Number of force-ratio samples: one at the end of every {@code sampleHours} of the campaign. */
    static int sampleCount(CampaignModel model, double sampleHours) {
        return (int) Math.floor(model.days * 24 / sampleHours + 1e-9);
    }

    /** 1 well above a break fraction, falling linearly to 0 at it over {@link #BREAK_FADE}; 1 when it is 0. */
    static double cohesion(double strengthShare, double breakFraction) {
        if (breakFraction <= 0) {
            return strengthShare > 0 ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (strengthShare - breakFraction) / BREAK_FADE));
    }

    /** Runs one replication with the given inputs; the outcome is left in the public fields. */
    void run(InputDraws in, long seed, long replication) {
        double[] p = in.parameters;
        dt = m.stepHours;
        double dtDays = dt / 24;
        attritionByAttacker = p[ATTRITION_RATE_BY_ATTACKER.ordinal()];
        attritionByDefender = p[ATTRITION_RATE_BY_DEFENDER.ordinal()];
        defenderExponent = p[DEFENDER_LOSS_RATIO_EXPONENT.ordinal()];
        attackerExponent = p[ATTACKER_LOSS_RATIO_EXPONENT.ordinal()];
        squareLaw = defenderExponent == 1 && attackerExponent == -1;
        double sigma = p[DAILY_ATTRITION_SIGMA.ordinal()];
        double engagementSigma = p[ENGAGEMENT_SIGMA.ordinal()];
        hold = p[HOLD_RATIO.ordinal()];
        breakthrough = p[BREAKTHROUGH_RATIO.ordinal()];
        opposedRate = p[OPPOSED_ADVANCE_KM_PER_DAY.ordinal()] * dtDays;
        unopposedRate = p[UNOPPOSED_ADVANCE_KM_PER_DAY.ordinal()] * dtDays;
        defenderBreak = p[DEFENDER_BREAK_FRACTION.ordinal()];
        attackerBreak = p[ATTACKER_BREAK_FRACTION.ordinal()];
        preparedBonus = p[PREPARED_DEFENCE_MULTIPLIER.ordinal()] - 1;
        preparationHours = p[PREPARATION_HOURS.ordinal()];
        river = p[RIVER_DEFENCE_MULTIPLIER.ordinal()];
        depth = p[POSITION_DEPTH_KM.ordinal()];
        march = p[DEFENDER_MARCH_KM_PER_HOUR.ordinal()];
        airOnDefender = p[ATTACKER_SORTIES_PER_DAY.ordinal()] * (1 - p[DEFENDER_AIR_DEFENCE.ordinal()])
                * p[CV_DESTROYED_PER_SORTIE.ordinal()] * dtDays;
        airOnAttacker = p[DEFENDER_SORTIES_PER_DAY.ordinal()] * (1 - p[ATTACKER_AIR_DEFENCE.ordinal()])
                * p[CV_DESTROYED_PER_SORTIE.ordinal()] * dtDays;
        radius = p[DEFENCE_RADIUS_KM.ordinal()];
        for (TerrainClass t : TerrainClass.values()) {
            terrainDefence[t.ordinal()] = p[CampaignParameter.terrainDefence(t).ordinal()];
            terrainAdvance[t.ordinal()] = p[CampaignParameter.terrainAdvance(t).ordinal()];
        }
        effA = in.attackerEffectiveness;
        effD = in.defenderEffectiveness;
        dDay = in.warningHours;

        Arrays.fill(sent, 0);
        Doctrine.need(m.attackerCv, hold, need);
        // Defenders, in the order they become available where they arrive (hours since C-day).
        arriving = 0;
        for (int u = 0; u < nDefenders; u++) {
            available[u] = m.defenderArrival[u] + (m.defenderFromD[u] ? dDay : 0) + in.delays[u];
            boolean reaches = m.defenderCandidateKm[u].length > 0 && m.defenderCandidateKm[u][0] <= radius;
            state[u] = available[u] < Double.POSITIVE_INFINITY && reaches ? WAITING : OUT;
            position[u] = -1;
            if (state[u] == WAITING) {
                int k = arriving++;
                while (k > 0 && arrivesAfter(order[k - 1], u)) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = u;
            }
        }
        Arrays.fill(pool, 0);
        Arrays.fill(peak, 0);
        Arrays.fill(prepared, 0);
        Arrays.fill(contacted, false);
        Arrays.fill(taken, false);
        Arrays.fill(broken, false);
        Arrays.fill(fallHour, Double.POSITIVE_INFINITY);
        Arrays.fill(fallUndefendedFrom, Double.NaN);
        Arrays.fill(gateHour, Double.POSITIVE_INFINITY);
        Arrays.fill(fallUnopposedKm, Double.NaN);
        Arrays.fill(unopposedSince, Double.NaN);
        attackerStart = 0;
        for (int a = 0; a < nAxes; a++) {
            attacker[a] = m.attackerCv[a];
            attackerStart += attacker[a];
            front[a] = 0;
            segment[a] = 0;
            nextObjective[a] = 0;
            nextPosition[a] = 0;
            stopped[a] = false;
            ratio[a] = INACTIVE;
            luckAttacker[a] = 1;
            luckDefender[a] = 1;
            engagementAttacker[a] = 1;
            engagementDefender[a] = 1;
            markFallen(a, 0);
            markGates(a, 0, depth);
        }
        defenderCommitted = 0;
        defenderLost = 0;
        defenderCutOff = 0;
        moving = 0;
        attackerLost = 0;

        if (engagementSigma > 0) {
            drawEngagement(seed, replication, engagementSigma);
        }
        int steps = (int) Math.ceil(m.days * 24 / dt - 1e-9);
        nextArrival = 0;
        int day = -1;
        int sample = 0;
        for (int k = 0; k < steps; k++) {
            double t = dDay + k * dt;
            deploy(t);
            int today = (int) (k * dt / 24);
            if (today != day) {
                day = today;
                if (sigma > 0) {
                    drawLuck(seed, replication, day, sigma);
                }
            }
            if (meet() == 0) {
                break;
            }
            combat(t, k);
            fires();
            applyDefenderLosses();
            double after = (k + 1) * dt;
            move(after);
            while (sample < samples && (sample + 1) * sampleHours <= after + 1e-9) {
                for (int a = 0; a < nAxes; a++) {
                    ratioSamples[a * samples + sample] = stopped[a] ? INACTIVE : ratio[a];
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

    /** Defenders set off for the nearest position not yet taken when they arrive, and join it when there. */
    private void deploy(double t) {
        while (nextArrival < arriving && available[order[nextArrival]] <= t) {
            int u = order[nextArrival++];
            setOff(u, available[u]);
        }
        for (int u = 0; moving > 0 && u < nDefenders; u++) {
            if (state[u] == MOVING && ready[u] <= t) {
                int q = position[u];
                moving--;
                if (taken[q]) {
                    setOff(u, t);
                } else {
                    state[u] = IN_POSITION;
                    pool[q] += m.defenderCv[u];
                    if (pool[q] > peak[q]) {
                        peak[q] = pool[q];
                    }
                    defenderCommitted += m.defenderCv[u];
                }
            }
        }
    }

    /**
     * Which objective each live axis heads for and which position it meets (in contact or not),
     * and the attack on each position; returns the number of live axes.
     */
    private int meet() {
        Arrays.fill(attacking, 0);
        int live = 0;
        liveAttacker = 0;
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
            live++;
            liveAttacker += attacker[a];
            attackEffective[a] = attacker[a] * effA * cohesion(attacker[a] / m.attackerCv[a], attackerBreak);
            contact[a] = -1;
            limit[a] = m.pathKm(a);
            int[] onAxis = m.axisPositions[a];
            for (int i = nextPosition[a]; i < onAxis.length; i++) {
                int q = onAxis[i];
                if (taken[q] || broken[q] || pool[q] <= 0) {
                    continue;
                }
                double line = m.axisPositionKm[a][i] - depth;
                if (front[a] >= line) {
                    contact[a] = q;
                    attacking[q] += attackEffective[a];
                } else {
                    limit[a] = line;
                }
                break;
            }
        }
        return live;
    }

    /** Combat and movement rates of every live axis from the state at the start of step {@code k} (hour {@code t}). */
    private void combat(double t, int k) {
        Arrays.fill(lossDefender, 0);
        for (int a = 0; a < nAxes; a++) {
            if (stopped[a]) {
                continue;
            }
            int q = contact[a];
            int terrain = m.segmentTerrain[a][segment[a]];
            double c = 0;
            if (q >= 0) {
                if (!contacted[q]) {
                    contacted[q] = true;
                    prepared[q] = preparedSince(q, t - preparationHours);
                }
                c = cohesion(pool[q] / peak[q], defenderBreak);
                if (c <= 0) {
                    broken[q] = true;
                }
            }
            opposed[a] = q >= 0 && c > 0 && attacking[q] > 0;
            if (opposed[a]) {
                double share = pool[q] * attackEffective[a] / attacking[q];
                double d = share * effD * c * terrainDefence[terrain] * (m.segmentRiver[a][segment[a]] ? river : 1)
                        * (1 + preparedBonus * prepared[q] / pool[q]);
                double att = attackEffective[a];
                double r = att / d;
                ratio[a] = r;
                // a·D'·r^eD and d·A'·r^eA inside the force ratios history covers, written as the square
                // law times r^(eD − 1) and r^(eA + 1); outside them the square law's own dependence on r
                // carries on from the edge (the ratio in the factors is clamped), so a hopeless attack
                // neither wears down a large defence nor survives long
                double logRatio = squareLaw ? 0 : Math.log(Math.max(FITTED_RATIO_LOW, Math.min(FITTED_RATIO_HIGH, r)));
                double defenderFactor = defenderExponent == 1 ? 1 : Math.exp((defenderExponent - 1) * logRatio);
                double attackerFactor = attackerExponent == -1 ? 1 : Math.exp((attackerExponent + 1) * logRatio);
                lossDefender[q] += attritionByAttacker * att * defenderFactor * dt * luckDefender[a]
                        * engagementDefender[a];
                lossAttacker[a] = attritionByDefender * d * attackerFactor * dt * luckAttacker[a]
                        * engagementAttacker[a];
                advance[a] = r <= hold ? 0
                        : opposedRate * terrainAdvance[terrain]
                                * (breakthrough > hold ? Math.min(1, (r - hold) / (breakthrough - hold)) : 1);
            } else {
                ratio[a] = attackEffective[a] > 0 ? Double.POSITIVE_INFINITY : INACTIVE;
                lossAttacker[a] = 0;
                advance[a] = attackEffective[a] > 0 ? unopposedRate : 0;
            }
            if (opposed[a]) {
                unopposedSince[a] = Double.NaN;
            } else if (Double.isNaN(unopposedSince[a])) {
                unopposedSince[a] = k * dt;
                unopposedFromKm[a] = front[a];
            }
        }
    }

    /**
     * Air and long-range fires on the ground forces they reach: every attacking column, marching or
     * fighting, and every defence in position.
     */
    private void fires() {
        if (airOnAttacker > 0 && liveAttacker > 0) {
            double perCv = airOnAttacker / liveAttacker;
            for (int a = 0; a < nAxes; a++) {
                if (!stopped[a]) {
                    lossAttacker[a] += perCv * attacker[a];
                }
            }
        }
        if (airOnDefender > 0) {
            double inPosition = 0;
            for (int q = 0; q < nPositions; q++) {
                if (!broken[q]) {
                    inPosition += pool[q];
                }
            }
            if (inPosition > 0) {
                double perCv = airOnDefender / inPosition;
                for (int q = 0; q < nPositions; q++) {
                    if (!broken[q]) {
                        lossDefender[q] += perCv * pool[q];
                    }
                }
            }
        }
    }

    /** Applies the step's losses to the positions (never more than there is). */
    private void applyDefenderLosses() {
        for (int q = 0; q < nPositions; q++) {
            double loss = Math.min(pool[q], lossDefender[q]);
            if (loss > 0) {
                prepared[q] *= 1 - loss / pool[q];
                pool[q] -= loss;
                defenderLost += loss;
            }
        }
    }

    /** Applies the step's losses to the attacks and moves their fronts; {@code after}: hours after D at the step's end. */
    private void move(double after) {
        for (int a = 0; a < nAxes; a++) {
            if (stopped[a]) {
                continue;
            }
            double loss = Math.min(attacker[a], lossAttacker[a]);
            attacker[a] -= loss;
            attackerLost += loss;
            if (attacker[a] <= 0 || cohesion(attacker[a] / m.attackerCv[a], attackerBreak) <= 0) {
                // culminated, or nothing left to advance with whatever the break fraction
                stopped[a] = true;
                continue;
            }
            if (advance[a] <= 0) {
                continue; // the front stands: nothing taken, reached or fallen
            }
            double[] ends = m.segmentEndKm[a];
            double to = front[a] + advance[a];
            front[a] = Math.min(ends[ends.length - 1], opposed[a] ? to : Math.min(limit[a], to));
            while (segment[a] < ends.length - 1 && front[a] >= ends[segment[a]]) {
                segment[a]++;
            }
            int[] onAxis = m.axisPositions[a];
            while (nextPosition[a] < onAxis.length && m.axisPositionKm[a][nextPosition[a]] <= front[a]) {
                take(a, nextPosition[a]);
                nextPosition[a]++;
            }
            markFallen(a, after);
            markGates(a, after, depth);
        }
    }

    /** Whether defender {@code v} sets off after {@code u} ({@link Doctrine#order}). */
    private boolean arrivesAfter(int v, int u) {
        return Doctrine.order(available[v], m.defenderCandidateKm[v][0], available[u], m.defenderCandidateKm[u][0]) > 0;
    }

    /**
     * Defender {@code u}, free at hour {@code from} (since C-day) where it arrived, sets off by road
     * for the nearest position within the radius that is not yet taken; it is out of the fight when
     * there is none.
     */
    private void setOff(int u, double from) {
        if (position[u] >= 0) {
            Doctrine.send(position[u], m.defenderCv[u], -1, m.positionAxes, sent);
        }
        int i = m.defenderPlaced[u] ? Doctrine.nearest(m.defenderCandidates[u], m.defenderCandidateKm[u], radius, taken)
                : Doctrine.choose(m.defenderCandidates[u], m.defenderCandidateKm[u], radius, taken, m.positionAxes, sent, need);
        if (i < 0) {
            position[u] = -1;
            state[u] = OUT;
            return;
        }
        position[u] = m.defenderCandidates[u][i];
        Doctrine.send(position[u], m.defenderCv[u], 1, m.positionAxes, sent);
        ready[u] = from + m.defenderCandidateKm[u][i] / march;
        state[u] = MOVING;
        moving++;
    }

    /**
     * Axis {@code a}'s front has passed its {@code i}-th position: the position is taken; a defence
     * still there falls back to the next position on the axis, and positions of other axes that
     * this one outflanks (they lie before it on their own path) fall back behind it when there is
     * a position behind it to fall back to; otherwise they fight on where they are, encircled.
     */
    private void take(int a, int i) {
        int q = m.axisPositions[a][i];
        if (taken[q]) {
            return;
        }
        taken[q] = true;
        fallBack(q, a, i);
        for (int j = 0; j < m.positionAxes[q].length; j++) {
            int b = m.positionAxes[q][j];
            if (b == a || stopped[b]) {
                continue;
            }
            int at = m.positionIndexOnAxis[q][j];
            if (!hasPositionAfter(b, at)) {
                continue; // nothing behind to fall back to: the positions before it fight on, encircled
            }
            for (int before = nextPosition[b]; before < at; before++) {
                int outflanked = m.axisPositions[b][before];
                if (!taken[outflanked] && pool[outflanked] > 0) {
                    fallBack(outflanked, b, at);
                }
            }
        }
    }

    /** Whether axis {@code a} has a position after index {@code i} that is neither taken nor broken. */
    private boolean hasPositionAfter(int a, int i) {
        int[] onAxis = m.axisPositions[a];
        for (int k = i + 1; k < onAxis.length; k++) {
            if (!taken[onAxis[k]] && !broken[onAxis[k]]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The defence of position {@code q} leaves it for the first position after index {@code after}
     * on axis {@code a} not yet taken (hasty there), or is cut off when there is none.
     */
    private void fallBack(int q, int a, int after) {
        double remaining = pool[q];
        pool[q] = 0;
        if (remaining <= 0 || broken[q]) {
            return;
        }
        int[] onAxis = m.axisPositions[a];
        for (int i = after + 1; i < onAxis.length; i++) {
            int to = onAxis[i];
            if (!taken[to] && !broken[to]) {
                pool[to] += remaining;
                if (pool[to] > peak[to]) {
                    peak[to] = pool[to];
                }
                return;
            }
        }
        defenderCutOff += remaining;
    }

    /** Objectives on the axis path whose gates (depth km before them) the front has reached. */
    private void markGates(int a, double hoursAfterD, double depth) {
        int[] objectives = m.axisObjectives[a];
        double[] km = m.axisObjectiveKm[a];
        for (int i = 0; i < objectives.length && km[i] - depth <= front[a]; i++) {
            if (gateHour[objectives[i]] == Double.POSITIVE_INFINITY) {
                gateHour[objectives[i]] = hoursAfterD;
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

    /** Combat value in a position that has been in place there since {@code by} (hours since C-day). */
    private double preparedSince(int q, double by) {
        double total = 0;
        for (int u = 0; u < nDefenders; u++) {
            if (state[u] == IN_POSITION && position[u] == q && ready[u] <= by) {
                total += m.defenderCv[u];
            }
        }
        return Math.min(total, pool[q]);
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
