package org.bulwark.deploy.check;

import org.bulwark.deploy.Elements;

import org.bulwark.deploy.DeploymentPlan;
import org.bulwark.deploy.Movement;
import org.bulwark.deploy.Leg;
import org.bulwark.deploy.LegKind;
import org.bulwark.deploy.Resource;
import org.bulwark.deploy.Utilisation;
import org.bulwark.deploy.UnreachableReason;
import org.bulwark.deploy.MovementStatus;
import org.bulwark.deploy.PlannerOptions;
import org.bulwark.deploy.Objective;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bulwark.model.GaugeBreak;
import org.bulwark.model.Link;
import org.bulwark.model.LinkId;
import org.bulwark.model.LiftIncrements;
import org.bulwark.model.Mode;
import org.bulwark.model.MovementTimes;
import org.bulwark.model.Node;
import org.bulwark.model.NodeId;
import org.bulwark.model.RailGauge;
import org.bulwark.model.Reinforcement;
import org.bulwark.model.Scenario;
import org.bulwark.model.Unit;

/**
 * An independent check of a {@link DeploymentPlan} against docs/deployment-model.md, written
 * without the planner's internals (maps and records, no shared arrays or search code), so that a
 * planner bug does not hide itself. It checks:
 * <ul>
 *   <li>every reinforcement appears once, in scenario order, with its own data; a status that
 *       agrees with its arrival, lateness and reason; structural reasons re-derived by search;</li>
 *   <li>legs: a load at home unless the unit leaves by road, moves over real links in either
 *       direction with the weight limit respected, a transfer exactly where the mode changes, a
 *       transfer and a transshipment (at a gauge break) exactly where the train's gauge changes, an
 *       unload at the destination unless the unit arrives by road;</li>
 *   <li>elements (the stream): every leg carries all the unit's tonnes; each element starts once
 *       the tonnes it carries have arrived from the leg before and the element before it is
 *       through, passes no faster than the resource's rate (at once where unconstrained) and
 *       arrives its transit (or transshipment hours) after it is through; the closure is the last
 *       element in place, the first arrival the first;</li>
 *   <li>capacity: the reported utilisation never exceeds capacity, adds up to the tonnes the
 *       legs imply per resource, lies inside the fills' period windows, and for every window of
 *       periods the tonnes whose fills lie entirely inside fit the window's capacity;</li>
 *   <li>the objective recomputes, and the bound does not exceed it.</li>
 * </ul>
 */
public final class PlanChecker {
    private static final double TIME_TOL = 1e-6;
    private static final double TONNE_TOL = 1e-4;

    private PlanChecker() {
    }

    /** Every way {@code plan} breaks the model for {@code scenario} planned with {@code options}; empty when none. */
    public static List<String> violations(Scenario scenario, PlannerOptions options, DeploymentPlan plan) {
        return new Check(scenario, options, plan).run();
    }

    private record Fill(String resource, double start, double done, double tonnes) {
    }

    private static final class Check {
        private final Scenario scenario;
        private final DeploymentPlan plan;
        private final double step;
        private final double horizon;
        private final int periods;
        private final List<String> problems = new ArrayList<>();
        private final Map<LinkId, Link> links = new HashMap<>();
        private final Map<NodeId, GaugeBreak> breaks = new HashMap<>();
        private final MovementTimes times;
        private final LiftIncrements increments;
        /** Capacity per day by resource key; absent = unconstrained. */
        private final Map<String, Double> capacity = new HashMap<>();
        private final Map<String, List<Fill>> fills = new LinkedHashMap<>();

        Check(Scenario scenario, PlannerOptions options, DeploymentPlan plan) {
            this.scenario = scenario;
            this.plan = plan;
            this.step = options.timeStepHours();
            this.times = scenario.network().times();
            this.increments = scenario.network().increments();
            double latest = 0;
            for (Reinforcement r : scenario.reinforcements()) {
                latest = Math.max(latest, r.requiredHour());
            }
            this.horizon = Math.max(scenario.info().horizonHours(), latest) * options.horizonFactor();
            this.periods = Math.max(1, (int) Math.ceil(horizon / step - 1e-9));
            for (Link link : scenario.network().links()) {
                links.put(link.id(), link);
                if (Double.isFinite(link.capacityTonnesPerDay())) {
                    capacity.put(key(Resource.link(link.id(), link.from(), link.to())), link.capacityTonnesPerDay());
                    capacity.put(key(Resource.link(link.id(), link.to(), link.from())), link.capacityTonnesPerDay());
                }
            }
            for (Node node : scenario.network().nodes()) {
                if (Double.isFinite(node.handlingTonnesPerDay())) {
                    capacity.put(key(Resource.handling(node.id())), node.handlingTonnesPerDay());
                }
            }
            for (GaugeBreak gb : scenario.network().gaugeBreaks()) {
                breaks.put(gb.node(), gb);
                if (Double.isFinite(gb.capacityTonnesPerDay())) {
                    capacity.put(key(Resource.gaugeBreak(gb.node())), gb.capacityTonnesPerDay());
                }
            }
        }

        private static String key(Resource r) {
            return r.describe();
        }

        private void problem(String format, Object... args) {
            problems.add(String.format(Locale.ROOT, format, args));
        }

        List<String> run() {
            if (plan.timeStepHours() != step || plan.periods() != periods) {
                problem("plan has %d periods of %.3f h, expected %d of %.3f h", plan.periods(), plan.timeStepHours(), periods, step);
            }
            List<Reinforcement> rs = scenario.reinforcements();
            if (plan.movements().size() != rs.size()) {
                problem("plan has %d movements for %d reinforcements", plan.movements().size(), rs.size());
                return problems;
            }
            double late = 0;
            double closure = 0;
            double lift = 0;
            for (int i = 0; i < rs.size(); i++) {
                Reinforcement r = rs.get(i);
                Movement m = plan.movements().get(i);
                Unit unit = scenario.unit(r.unit()).orElseThrow();
                if (!m.unit().equals(r.unit()) || !m.destination().equals(r.destination()) || !m.home().equals(scenario.origin(r))
                        || m.availableHour() != scenario.equipmentReadyHour(r) || m.requiredHour() != r.requiredHour()
                        || m.priority() != r.priority() || m.tonnes() != unit.lift().tonnes()) {
                    problem("movement %d (%s) does not match reinforcement %d (%s)", i, m.unit(), i, r.unit());
                    continue;
                }
                double km = checkMovement(m, unit);
                double w = 1.0 / r.priority();
                if (m.status() == MovementStatus.UNREACHABLE) {
                    if (m.reason().orElseThrow() == UnreachableReason.CAPACITY_EXHAUSTED) {
                        late += w * Math.max(0, horizon - r.requiredHour());
                    }
                } else {
                    double arrive = m.arriveHour().orElseThrow();
                    late += w * Math.max(0, arrive - r.requiredHour());
                    closure = Math.max(closure, arrive);
                    lift += unit.lift().tonnes() * km;
                }
            }
            checkCapacity();
            Objective o = plan.objective();
            if (!close(o.weightedLateHours(), late) || !close(o.closureHour(), closure) || !close(o.liftTonneKm(), lift)) {
                problem("objective %s does not recompute: weighted lateness %.6f, closure %.6f, lift %.6f", o, late, closure, lift);
            }
            if (plan.bound().weightedLateHours() > o.weightedLateHours() + 1e-6 * Math.max(1, o.weightedLateHours())) {
                problem("bound %.6f exceeds the plan's weighted lateness %.6f", plan.bound().weightedLateHours(), o.weightedLateHours());
            }
            return problems;
        }

        private static boolean close(double a, double b) {
            return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        }

        /** Checks one movement's status and legs, records its fills; returns its route km. */
        private double checkMovement(Movement m, Unit unit) {
            String who = "unit " + m.unit();
            if (m.status() == MovementStatus.UNREACHABLE) {
                if (!m.legs().isEmpty()) {
                    problem("%s is unreachable but has legs", who);
                }
                if (m.lateHours() != 0) {
                    problem("%s is unreachable with late hours %.3f", who, m.lateHours());
                }
                checkReason(m, unit);
                return 0;
            }
            double arrive = m.arriveHour().orElseThrow();
            double lateHours = Math.max(0, arrive - m.requiredHour());
            if (Math.abs(m.lateHours() - lateHours) > TIME_TOL) {
                problem("%s arrives at %.3f, required %.3f, but reports %.3f late hours", who, arrive, m.requiredHour(), m.lateHours());
            }
            if ((m.status() == MovementStatus.LATE) != (lateHours > 0)) {
                problem("%s status %s does not match arrival %.3f vs required %.3f", who, m.status(), arrive, m.requiredHour());
            }
            if (arrive > horizon + TIME_TOL) {
                problem("%s arrives at %.3f, after the planning horizon %.3f", who, arrive, horizon);
            }
            if (m.firstArriveHour().isEmpty() || m.firstArriveHour().getAsDouble() > arrive + TIME_TOL) {
                problem("%s: its first element must be in place no later than its closure %.3f", who, arrive);
            }
            double rsoi = m.home().equals(m.destination()) ? 0
                    : scenario.unitType(unit.type()).map(org.bulwark.model.UnitType::rsoiHours).orElse(0.0);
            if (m.rsoiHours() != rsoi) {
                problem("%s reports %.3f h of reception, staging and onward movement, its type has %.3f", who, m.rsoiHours(), rsoi);
            }
            if (m.home().equals(m.destination())) {
                if (!m.legs().isEmpty() || arrive != m.availableHour()) {
                    problem("%s is at its destination already: no legs, arrival at the available hour", who);
                }
                return 0;
            }
            return checkLegs(m, unit, who, arrive);
        }

        private double checkLegs(Movement m, Unit unit, String who, double arrive) {
            List<Leg> legs = m.legs();
            if (legs.isEmpty()) {
                problem("%s has no legs", who);
                return 0;
            }
            double tonnes = unit.lift().tonnes();
            // the stream the next leg takes from: arrival times and tonnes of the last leg's elements
            double[] readyAt = {m.availableHour()};
            double[] readyTonnes = {tonnes};
            NodeId at = m.home();
            Mode mode = null; // not moved yet
            RailGauge train = null; // null: not on rail, DUAL: on rail, gauge not fixed yet
            double km = 0;
            boolean transferred = false;
            boolean transshipped = false;
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                if (leg.index() != i) {
                    problem("%s leg %d has index %d", who, i, leg.index());
                }
                String resource;
                double delay = 0;
                boolean road = false;
                Mode[] handling = null;
                switch (leg.kind()) {
                    case MOVE -> {
                        Link link = links.get(leg.link().orElseThrow());
                        if (link == null) {
                            problem("%s leg %d uses unknown link %s", who, i, leg.link().get());
                            return km;
                        }
                        boolean forward = link.from().equals(leg.from()) && link.to().equals(leg.to());
                        boolean backward = link.to().equals(leg.from()) && link.from().equals(leg.to());
                        if (!forward && !backward) {
                            problem("%s leg %d: link %s does not join %s and %s", who, i, link.id(), leg.from(), leg.to());
                        }
                        if (!leg.from().equals(at)) {
                            problem("%s leg %d leaves %s but the unit is at %s", who, i, leg.from(), at);
                        }
                        if (hostile(leg.to())) {
                            problem("%s leg %d enters adversary territory at %s", who, i, leg.to());
                        }
                        if (leg.mode().orElseThrow() != link.mode()) {
                            problem("%s leg %d mode %s differs from link %s mode %s", who, i, leg.mode().get(), link.id(), link.mode());
                        }
                        if (carries(link) < unit.heaviestItemTonnes()) {
                            problem("%s leg %d: link %s carries at most %.1f t (its weight limit or one %s element), the heaviest item is %.1f t",
                                    who, i, link.id(), carries(link), link.mode().label(), unit.heaviestItemTonnes());
                        }
                        RailGauge arcGauge = link.gauge().orElse(null);
                        boolean load = mode == null ? link.mode() != Mode.ROAD : mode != link.mode();
                        boolean gaugeChange = mode == Mode.RAIL && link.mode() == Mode.RAIL && train != null
                                && !train.compatibleWith(arcGauge);
                        if ((load || gaugeChange) && !transferred) {
                            problem("%s %s at %s without a transfer leg", who,
                                    load ? "loads onto " + link.mode().label() : "changes rail gauge", at);
                        } else if (!load && !gaugeChange && transferred) {
                            problem("%s has a handling leg at %s where neither loading, a mode change nor a gauge change happens", who, at);
                        }
                        if (gaugeChange != transshipped) {
                            problem(gaugeChange ? "%s changes rail gauge at %s without a transshipment leg"
                                    : "%s transships at %s where the gauge does not change", who, at);
                        }
                        if (load) {
                            train = null;
                        }
                        if (link.mode() == Mode.RAIL) {
                            train = train == null || arcGauge != RailGauge.DUAL ? arcGauge : train;
                        }
                        resource = key(Resource.link(link.id(), leg.from(), leg.to()));
                        delay = link.transitHours();
                        road = link.mode() == Mode.ROAD;
                        at = leg.to();
                        mode = link.mode();
                        km += link.distanceKm();
                        transferred = false;
                        transshipped = false;
                    }
                    case TRANSFER -> {
                        checkHandlingLeg(leg, at, who, i, transferred || transshipped);
                        resource = key(Resource.handling(at));
                        transferred = true;
                        handling = handlingModes(legs, i, mode);
                    }
                    case TRANSSHIP -> {
                        checkHandlingLeg(leg, at, who, i, transshipped || !transferred);
                        GaugeBreak gb = breaks.get(at);
                        if (gb == null) {
                            problem("%s transships at %s, which has no gauge break", who, at);
                        } else {
                            delay = gb.transshipmentHours();
                        }
                        if (mode != Mode.RAIL) {
                            problem("%s transships at %s without arriving by rail", who, at);
                        }
                        resource = key(Resource.gaugeBreak(at));
                        transshipped = true;
                    }
                    default -> throw new IllegalStateException("unknown leg kind " + leg.kind());
                }
                double[][] next = checkElements(leg, resource, delay, road, handling, readyAt, readyTonnes, tonnes, who, i);
                readyAt = next[0];
                readyTonnes = next[1];
            }
            if (mode == null) {
                problem("%s has no move", who);
            }
            if (!at.equals(m.destination())) {
                problem("%s ends its moves at %s, not at its destination %s", who, at, m.destination());
            }
            boolean unloads = mode != null && mode != Mode.ROAD;
            if (unloads != transferred || transshipped) {
                problem(unloads ? "%s arrives by %s but does not end with an unload at %s"
                        : "%s ends with a handling leg at %s though it arrives by road", who,
                        mode == null ? "nothing" : mode.label(), m.destination());
            }
            if (Math.abs(readyAt[readyAt.length - 1] - arrive) > TIME_TOL) {
                problem("%s reports its closure at %.3f, but its last element is in place at %.3f", who, arrive,
                        readyAt[readyAt.length - 1]);
            }
            double first = m.firstArriveHour().orElse(Double.NaN);
            if (!(Math.abs(readyAt[0] - first) <= TIME_TOL)) {
                problem("%s reports its first element in place at %.3f, but it is at %.3f", who, first, readyAt[0]);
            }
            return km;
        }

        /**
         * Checks one leg's elements against the stream they take from and the resource's rate: all the
         * unit's tonnes, each element starting once the tonnes it carries have arrived and the element
         * before it is through, never faster than the resource's rate (at once where unconstrained),
         * arriving {@code delay} hours after it is through, and the leg's summary hours. Records the
         * fills; returns the arrival times and tonnes the next leg takes from.
         */
        private double[][] checkElements(Leg leg, String resource, double delay, boolean road, Mode[] handling,
                                         double[] readyAt, double[] readyTonnes, double tonnes, String who, int i) {
            Elements el = leg.elements();
            int n = el.size();
            double[] at = new double[n];
            double[] carried = new double[n];
            double sum = 0;
            double previousEnd = Double.NEGATIVE_INFINITY;
            Double perDay = capacity.get(resource);
            int from = 0;
            double upstream = readyTonnes[0];
            for (int j = 0; j < n; j++) {
                double t = el.tonnes(j);
                sum += t;
                while (from < readyAt.length - 1 && upstream < sum - TONNE_TOL) {
                    from++;
                    upstream += readyTonnes[from];
                }
                if (el.begin(j) < readyAt[from] - TIME_TOL) {
                    problem("%s leg %d element %d starts on %s at %.3f, before its tonnes arrive at %.3f", who, i, j, resource,
                            el.begin(j), readyAt[from]);
                }
                if (el.begin(j) < previousEnd - TIME_TOL) {
                    problem("%s leg %d element %d starts on %s at %.3f, before element %d is through at %.3f", who, i, j,
                            resource, el.begin(j), j - 1, previousEnd);
                }
                double least = perDay == null || t <= 0 ? 0 : t * 24 / perDay;
                if (el.end(j) < el.begin(j) + least - TIME_TOL) {
                    problem("%s leg %d element %d passes %.3f t over %s in %.3f h, faster than its %.1f t/day", who, i, j, t,
                            resource, el.end(j) - el.begin(j), perDay);
                }
                if (perDay == null && Math.abs(el.end(j) - el.begin(j)) > TIME_TOL) {
                    problem("%s leg %d element %d waits %.3f h for %s, which is unconstrained", who, i, j,
                            el.end(j) - el.begin(j), resource);
                }
                // handling hours are the least an element spends at the node; its passage at the rate counts
                double own = perDay == null ? 0 : t * 24 / perDay;
                double expected = road ? times.marchArrival(el.end(j), delay) : el.end(j) + delay
                        + (handling == null ? 0 : Math.max(0, times.handlingHours(handling[0], handling[1], readyTonnes[0],
                                el.tonnes(0), increments) - own));
                if (Math.abs(el.arrive(j) - expected) > TIME_TOL) {
                    problem("%s leg %d element %d arrives at %.6f, not at %.6f (%.3f h %s from when it is through at %.6f)",
                            who, i, j, el.arrive(j), expected, delay, road ? "of driving in the march window" : "later",
                            el.end(j));
                }
                if (el.arrive(j) > horizon + TIME_TOL) {
                    problem("%s leg %d element %d arrives at %.3f, after the planning horizon %.3f", who, i, j, el.arrive(j), horizon);
                }
                if (perDay != null && t > 0) {
                    fills.computeIfAbsent(resource, x -> new ArrayList<>()).add(new Fill(resource, el.begin(j), el.end(j), t));
                }
                at[j] = el.arrive(j);
                carried[j] = t;
                previousEnd = el.end(j);
            }
            if (Math.abs(sum - tonnes) > TONNE_TOL * Math.max(1, n)) {
                problem("%s leg %d carries %.4f t in its elements, the unit has %.4f t", who, i, sum, tonnes);
            }
            double depart = leg.kind() == LegKind.MOVE ? el.end(0) : el.begin(0);
            if (Math.abs(leg.departHour() - depart) > TIME_TOL || Math.abs(leg.arriveHour() - el.arrive(n - 1)) > TIME_TOL
                    || Math.abs(leg.firstArriveHour() - el.arrive(0)) > TIME_TOL) {
                problem("%s leg %d reports %.3f → %.3f (first %.3f), its elements say %.3f → %.3f (first %.3f)", who, i,
                        leg.departHour(), leg.arriveHour(), leg.firstArriveHour(), depart, el.arrive(n - 1), el.arrive(0));
            }
            return new double[][] {at, carried};
        }

        /**
         * What transfer leg {@code i} unloads from and loads onto (null: nothing): nothing when a
         * transshipment follows (the gauge break's hours are the reloading), else the unload from
         * {@code arrivedBy} (null: at home) and the load onto the next move's mode (null: the unload
         * at the destination).
         */
        private Mode[] handlingModes(List<Leg> legs, int i, Mode arrivedBy) {
            if (i + 1 < legs.size() && legs.get(i + 1).kind() == LegKind.TRANSSHIP) {
                return null;
            }
            Mode next = i + 1 < legs.size() && legs.get(i + 1).kind() == LegKind.MOVE
                    ? legs.get(i + 1).mode().orElse(null) : null;
            return new Mode[] {arrivedBy, next};
        }

        /** The heaviest item a link carries: its weight limit, and no more than one lift element of its mode. */
        private double carries(Link link) {
            return Math.min(link.weightLimitTonnes(), increments.maxItemTonnes(link.mode()));
        }

        private void checkHandlingLeg(Leg leg, NodeId at, String who, int i, boolean misplaced) {
            if (!leg.from().equals(at) || !leg.to().equals(at)) {
                problem("%s leg %d handles at %s→%s but the unit is at %s", who, i, leg.from(), leg.to(), at);
            }
            if (misplaced) {
                problem("%s leg %d: a %s leg out of place", who, i, leg.kind().label());
            }
        }

        private int firstPeriod(Fill f) {
            return f.start() <= 0 ? 0 : Math.max(0, (int) Math.floor(f.start() / step - 1e-9));
        }

        private int lastPeriod(Fill f) {
            if (f.done() <= f.start() + TIME_TOL) {
                return f.start() <= 0 ? 0 : (int) Math.floor(f.start() / step + 1e-9);
            }
            return (int) Math.floor(f.done() / step + 1e-9);
        }

        private void checkCapacity() {
            Map<String, Utilisation> reported = new HashMap<>();
            for (Utilisation u : plan.utilisation()) {
                String key = key(u.resource());
                if (reported.put(key, u) != null) {
                    problem("utilisation lists %s twice", key);
                }
                Double perDay = capacity.get(key);
                if (perDay == null) {
                    problem("utilisation lists %s, which is unconstrained or unknown", key);
                    continue;
                }
                double cap = perDay * step / 24;
                if (Math.abs(u.capacityPerPeriod() - cap) > 1e-9 * Math.max(1, cap)) {
                    problem("utilisation of %s gives capacity %.6f per period, expected %.6f", key, u.capacityPerPeriod(), cap);
                }
                Set<Integer> seen = new HashSet<>();
                for (Utilisation.PeriodUse p : u.periods()) {
                    if (p.period() < 0 || p.period() >= periods || !seen.add(p.period())) {
                        problem("utilisation of %s has bad or repeated period %d", key, p.period());
                    }
                    if (p.tonnes() > cap + TONNE_TOL) {
                        problem("%s carries %.3f t in period %d, capacity %.3f t", key, p.tonnes(), p.period(), cap);
                    }
                }
            }
            for (Map.Entry<String, List<Fill>> entry : fills.entrySet()) {
                String key = entry.getKey();
                List<Fill> list = entry.getValue();
                Utilisation u = reported.get(key);
                if (u == null) {
                    problem("%s is used by %d legs but has no utilisation", key, list.size());
                    continue;
                }
                double implied = 0;
                for (Fill f : list) {
                    implied += f.tonnes();
                }
                double used = 0;
                for (Utilisation.PeriodUse p : u.periods()) {
                    used += p.tonnes();
                    boolean covered = false;
                    for (Fill f : list) {
                        covered |= firstPeriod(f) <= p.period() && p.period() <= lastPeriod(f);
                    }
                    if (!covered) {
                        problem("%s is used in period %d, when none of its fills is loading", key, p.period());
                    }
                }
                if (Math.abs(used - implied) > TONNE_TOL * Math.max(1, list.size())) {
                    problem("%s: utilisation adds up to %.4f t, the legs imply %.4f t", key, used, implied);
                }
                hall(key, list, u.capacityPerPeriod());
            }
            for (String key : reported.keySet()) {
                if (!fills.containsKey(key)) {
                    problem("utilisation lists %s, which no leg uses", key);
                }
            }
        }

        /** Every window of periods holds the tonnes of the fills that lie entirely inside it. */
        private void hall(String key, List<Fill> list, double cap) {
            if (list.size() > 2000) {
                return;
            }
            int n = list.size();
            int[] first = new int[n];
            int[] last = new int[n];
            for (int i = 0; i < n; i++) {
                first[i] = firstPeriod(list.get(i));
                last[i] = lastPeriod(list.get(i));
            }
            Integer[] byLast = new Integer[n];
            for (int i = 0; i < n; i++) {
                byLast[i] = i;
            }
            java.util.Arrays.sort(byLast, (a, b) -> Integer.compare(last[a], last[b]));
            Set<Integer> starts = new HashSet<>();
            for (int s : first) {
                starts.add(s);
            }
            for (int s : starts) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    int i = byLast[j];
                    if (first[i] < s) {
                        continue;
                    }
                    sum += list.get(i).tonnes();
                    boolean lastOfEnd = j + 1 == n || last[byLast[j + 1]] != last[i];
                    if (lastOfEnd && sum > cap * (last[i] - s + 1) + TONNE_TOL * n) {
                        problem("%s: fills within periods %d..%d need %.3f t, capacity there is %.3f t", key, s, last[i],
                                sum, cap * (last[i] - s + 1));
                        return;
                    }
                }
            }
        }

        // ---- structural reasons, re-derived -------------------------------------------------

        private record State(NodeId node, Mode mode, RailGauge train) {
        }

        private void checkReason(Movement m, Unit unit) {
            UnreachableReason reason = m.reason().orElseThrow();
            String who = "unit " + m.unit();
            if (m.home().equals(m.destination())) {
                problem("%s is at its destination but unreachable", who);
                return;
            }
            boolean legal = reachable(m.home(), m.destination(), unit.heaviestItemTonnes(), true, true);
            switch (reason) {
                case CAPACITY_EXHAUSTED -> {
                    if (!legal) {
                        problem("%s is capacity exhausted but has no legal route at all", who);
                    }
                }
                case NO_PATH -> {
                    if (reachable(m.home(), m.destination(), 0, false, false)) {
                        problem("%s is reported without a path, but a chain of links exists", who);
                    }
                }
                case GAUGE_BREAK_MISSING, TOO_HEAVY -> {
                    if (legal) {
                        problem("%s is reported %s, but a legal route exists", who, reason.label());
                    }
                    if (!reachable(m.home(), m.destination(), 0, false, false)) {
                        problem("%s is reported %s, but no chain of links exists at all", who, reason.label());
                    }
                    if (reason == UnreachableReason.GAUGE_BREAK_MISSING
                            && reachable(m.home(), m.destination(), 0, false, true)) {
                        problem("%s is reported gauge_break_missing, but a route keeping to gauge breaks exists", who);
                    }
                }
                default -> throw new IllegalStateException("unknown reason " + reason);
            }
            if (m.detail().isBlank()) {
                problem("%s is unreachable without a detail", who);
            }
        }

        /** Allied movements never enter adversary territory (docs/deployment-model.md). */
        private boolean hostile(NodeId node) {
            return scenario.network().node(node)
                    .flatMap(n -> scenario.nation(n.nation()))
                    .map(nation -> nation.role() == org.bulwark.model.NationRole.ADVERSARY)
                    .orElse(false);
        }

        private boolean reachable(NodeId from, NodeId to, double heaviest, boolean weights, boolean gauges) {
            ArrayDeque<State> queue = new ArrayDeque<>();
            Set<State> seen = new HashSet<>();
            State start = new State(from, null, null);
            queue.add(start);
            seen.add(start);
            while (!queue.isEmpty()) {
                State s = queue.poll();
                if (s.node().equals(to) && s.mode() != null) {
                    return true;
                }
                for (Link link : scenario.network().linksAt(s.node())) {
                    if (weights && carries(link) < heaviest || hostile(link.other(s.node()))) {
                        continue;
                    }
                    RailGauge train = null;
                    if (link.mode() == Mode.RAIL) {
                        RailGauge g = link.gauge().orElseThrow();
                        if (s.mode() == Mode.RAIL && s.train() != null) {
                            if (!s.train().compatibleWith(g)) {
                                if (gauges && !breaks.containsKey(s.node())) {
                                    continue;
                                }
                                train = g;
                            } else {
                                train = g == RailGauge.DUAL ? s.train() : g;
                            }
                        } else {
                            train = g;
                        }
                    }
                    State next = new State(link.other(s.node()), link.mode(), train);
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            return false;
        }
    }

}
