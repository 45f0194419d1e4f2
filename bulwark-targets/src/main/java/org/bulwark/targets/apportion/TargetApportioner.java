package org.bulwark.targets.apportion;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import com.sun.jna.Platform;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.NationCode;
import org.bulwark.model.UnitTypeId;

/**
 * Apportions a capability requirement into national targets, exactly, with OR-Tools' minimum-cost
 * flow. The formulation is written out in docs/targets.md.
 *
 * <p>For participant {@code n} with share {@code s_n} and type {@code t} with requirement
 * {@code R_t}, the quota is {@code q = s_n R_t}. The targets are the integers {@code x_{n,t}} in
 * {@code [lo, hi]} with {@code Σ_n x_{n,t} = R_t} that minimise the Sainte-Laguë criterion
 * {@code Σ (x − q)² / q} (Balinski and Young, <i>Fair Representation</i>, 2nd ed. 2001: without
 * bounds its optimum is Webster's divisor method). The criterion is separable and convex, and the
 * cost of a nation's {@code k}-th unit, {@code (2k − 1)/q − 2}, increases with {@code k}, so the
 * problem is a minimum-cost flow over unit arcs: source → type (supply {@code R_t − Σ lo}) → nation
 * (one arc per unit above {@code lo}, cost {@code (2k − 1)/q} scaled to an integer) → sink. A
 * nation's minimum over all types is a second, strongly rewarded nation → sink arc. The flow is
 * solved as a maximum flow of minimum cost, so in one solve the targets cover as much of the
 * requirement as the bounds allow, then meet as much of the nations' minimums as possible, then
 * minimise the criterion; ties go to earlier participants. Marginal costs equal up to a relative
 * 1e-12 ({@link #tie}) are a tie, as in {@link #webster}, the fair rounding.
 *
 * <p>Nations with a share of 0 are asked for their lower bound only. Infeasible bounds are never
 * an exception: they come back as {@link Shortfall}s and {@link Conflict}s next to the targets.
 *
 * <p>Pure (no I/O, no clock): the same input gives the same apportionment. Needs OR-Tools' natives
 * ({@link #available()}).
 */
public final class TargetApportioner {
    private static final String NATIVES = "ortools-" + Platform.RESOURCE_PREFIX + "/";
    /** Headroom for OR-Tools' cost scaling: |cost| × ((nodes + 1)² + flow) stays below this. */
    private static final double COST_BUDGET = 0x1p62;
    /**
     * Relative difference up to which two marginal costs (or Webster quotients) are a tie: equal but for
     * floating-point rounding, as 15/q with q = 5/26 × 38 against 21/q with q = 7/26 × 38 (both 39/19).
     */
    private static final double TIE = 1e-12;

    private TargetApportioner() {
    }

    /** Whether OR-Tools' natives for this platform are on the class path (Linux x86-64 in Bulwark's jar). */
    public static boolean available() {
        return Loader.class.getClassLoader().getResource(NATIVES) != null;
    }

    /**
     * The targets for {@code input}.
     *
     * @throws IllegalStateException when OR-Tools' natives are missing or its solver fails (never for the input's data)
     */
    public static Apportionment apportion(ApportionmentInput input) {
        Loader.loadNativeLibraries();
        return new Solve(input).run();
    }

    /** Index arrays for one apportionment, and the solve. */
    private static final class Solve {
        private final ApportionmentInput input;
        private final int nations;
        private final int types;
        private final int[] required;
        private final double[] share;
        private final double[][] quota;
        private final int[][] inventory;
        private final int[][] typeMinimum;
        private final List<List<List<String>>> typeMinimumReasons;
        private final int[][] support;
        private final int[][] lower;
        private final int[][] upper;
        private final int[] nationMinimum;
        private final List<List<String>> nationMinimumReasons;
        private final List<Conflict> conflicts = new ArrayList<>();
        private final List<Shortfall> shortfalls = new ArrayList<>();
        private String method = "";

        Solve(ApportionmentInput input) {
            this.input = input;
            nations = input.participants().size();
            types = input.requirement().size();
            required = input.requirement().stream().mapToInt(CapabilityRequirement::quantity).toArray();
            share = input.shares();
            quota = new double[nations][types];
            inventory = new int[nations][types];
            typeMinimum = new int[nations][types];
            support = new int[nations][types];
            lower = new int[nations][types];
            upper = new int[nations][types];
            nationMinimum = new int[nations];
            typeMinimumReasons = new ArrayList<>();
            nationMinimumReasons = new ArrayList<>();
            for (int n = 0; n < nations; n++) {
                List<List<String>> perType = new ArrayList<>();
                for (int t = 0; t < types; t++) {
                    quota[n][t] = share[n] * required[t];
                    perType.add(new ArrayList<>());
                }
                typeMinimumReasons.add(perType);
                nationMinimumReasons.add(new ArrayList<>());
            }
            for (Inventory held : input.inventories()) {
                int n = nationIndex(held.nation());
                int t = typeIndex(held.type());
                if (n >= 0 && t >= 0) {
                    inventory[n][t] = held.count();
                }
            }
            for (ContributionMinimum minimum : input.minimums()) {
                int n = nationIndex(minimum.nation());
                if (minimum.type().isPresent()) {
                    int t = typeIndex(minimum.type().get());
                    typeMinimum[n][t] += minimum.units();
                    typeMinimumReasons.get(n).get(t).add(minimum.reason());
                } else {
                    nationMinimum[n] += minimum.units();
                    nationMinimumReasons.get(n).add(minimum.reason());
                }
            }
            for (HostNationSupport provided : input.hostNationSupport()) {
                support[nationIndex(provided.nation())][typeIndex(provided.type())] += provided.units();
            }
        }

        private int nationIndex(NationCode nation) {
            for (int n = 0; n < nations; n++) {
                if (input.participants().get(n).nation().equals(nation)) {
                    return n;
                }
            }
            return -1;
        }

        private int typeIndex(UnitTypeId type) {
            for (int t = 0; t < types; t++) {
                if (input.requirement().get(t).type().equals(type)) {
                    return t;
                }
            }
            return -1;
        }

        private NationCode nation(int n) {
            return input.participants().get(n).nation();
        }

        private UnitTypeId type(int t) {
            return input.requirement().get(t).type();
        }

        /** ⌊multiple × inventory⌋, tolerant of binary fractions (0.1 × 30 is 3, not 2). */
        private int cap(int n, int t) {
            return (int) Math.floor(input.capMultiple().getAsDouble() * inventory[n][t] + 1e-9);
        }

        Apportionment run() {
            bounds();
            int[][] target = solve();
            for (int n = 0; n < nations; n++) {
                int total = 0;
                int most = 0;
                for (int t = 0; t < types; t++) {
                    total += target[n][t];
                    most += upper[n][t];
                }
                if (total < nationMinimum[n]) {
                    String why = share[n] == 0 ? "its share is 0, so only its type minimums are asked"
                            : most < nationMinimum[n] ? "its upper bounds allow " + most
                            : "the requirement, the caps and other nations' minimums leave it " + total;
                    conflicts.add(new Conflict(Conflict.Kind.NATION_MINIMUM_UNMET, Optional.of(nation(n)),
                            Optional.empty(), nationMinimum[n], total,
                            nation(n) + ": minimum " + nationMinimum[n] + " units in total ("
                                    + String.join("; ", nationMinimumReasons.get(n)) + "), but " + why
                                    + "; targets total " + total));
                }
            }
            return new Apportionment(input, targets(target), shortfalls, conflicts, objective(target), method);
        }

        /** Lower and upper bounds, with the conflicts and shortfalls they imply. */
        private void bounds() {
            for (int t = 0; t < types; t++) {
                int lowerSum = 0;
                int upperSum = 0;
                for (int n = 0; n < nations; n++) {
                    lower[n][t] = Math.max(typeMinimum[n][t], support[n][t]);
                    int hi = required[t];
                    if (input.capMultiple().isPresent()) {
                        hi = Math.min(hi, cap(n, t));
                        if (lower[n][t] > cap(n, t)) {
                            conflicts.add(new Conflict(Conflict.Kind.MINIMUM_ABOVE_CAP, Optional.of(nation(n)),
                                    Optional.of(type(t)), lower[n][t], cap(n, t),
                                    nation(n) + " " + type(t) + ": " + lowerText(n, t) + " is above the cap "
                                            + capText(n, t) + "; the target keeps " + lower[n][t]));
                        }
                    }
                    upper[n][t] = share[n] == 0 ? lower[n][t] : Math.max(lower[n][t], hi);
                    lowerSum += lower[n][t];
                    upperSum += upper[n][t];
                }
                if (lowerSum > required[t]) {
                    conflicts.add(new Conflict(Conflict.Kind.MINIMUMS_EXCEED_REQUIREMENT, Optional.empty(),
                            Optional.of(type(t)), lowerSum, required[t],
                            type(t) + ": minimums and host-nation support add up to " + lowerSum + ", above the requirement "
                                    + required[t] + "; the targets keep them (" + (lowerSum - required[t]) + " over)"));
                } else if (upperSum < required[t]) {
                    String bound = input.capMultiple().isPresent() ? "caps allow " : "upper bounds allow ";
                    shortfalls.add(new Shortfall(type(t), required[t], upperSum, required[t] - upperSum,
                            type(t) + ": required " + required[t] + ", " + bound + upperSum + ", missing "
                                    + (required[t] - upperSum)));
                }
            }
        }

        /** Lower bounds plus the flow's unit arcs. */
        private int[][] solve() {
            int[][] target = new int[nations][types];
            int[] supply = new int[types];
            long flowTotal = 0;
            long segments = 0;
            double steepest = 0;
            for (int t = 0; t < types; t++) {
                int lowerSum = 0;
                for (int n = 0; n < nations; n++) {
                    target[n][t] = lower[n][t];
                    lowerSum += lower[n][t];
                }
                supply[t] = Math.max(0, required[t] - lowerSum);
                flowTotal += supply[t];
                for (int n = 0; n < nations; n++) {
                    int units = units(n, t, supply[t]);
                    segments += units;
                    if (units > 0) {
                        steepest = Math.max(steepest, (2.0 * (lower[n][t] + units) - 1) / quota[n][t]);
                    }
                }
            }
            if (flowTotal == 0 || segments == 0) {
                method = "exact: every target is at its lower bound, nothing left to apportion";
                return target;
            }
            int nodeCount = 2 + types + nations;
            int source = 0;
            int sink = 1 + types + nations;
            double budget = COST_BUDGET / ((double) (nodeCount + 1) * (nodeCount + 1) + flowTotal);
            long segmentMax = (long) (budget / (2.0 * (types + nations) + 4));
            long big = segmentMax * (2L * (types + nations) + 2);
            double scale = (segmentMax / (double) nations - 1) / steepest;
            TieClasses costs = new TieClasses(supply);
            MinCostFlow flow = new MinCostFlow(nodeCount, (int) Math.min(Integer.MAX_VALUE, segments + types + 2L * nations));
            try {
                for (int t = 0; t < types; t++) {
                    flow.addArcWithCapacityAndUnitCost(source, 1 + t, supply[t], 0);
                }
                int[][] first = new int[nations][types];
                for (int n = 0; n < nations; n++) {
                    for (int t = 0; t < types; t++) {
                        int units = units(n, t, supply[t]);
                        first[n][t] = units == 0 ? -1 : flow.getNumArcs();
                        for (int k = lower[n][t] + 1; k <= lower[n][t] + units; k++) {
                            long primary = Math.round(costs.representative((2.0 * k - 1) / quota[n][t]) * scale);
                            flow.addArcWithCapacityAndUnitCost(1 + t, 1 + types + n, 1, primary * nations + n);
                        }
                    }
                }
                for (int n = 0; n < nations; n++) {
                    int lowerTotal = 0;
                    for (int t = 0; t < types; t++) {
                        lowerTotal += lower[n][t];
                    }
                    int need = nationMinimum[n] - lowerTotal;
                    if (need > 0) {
                        flow.addArcWithCapacityAndUnitCost(1 + types + n, sink, need, -big);
                    }
                    flow.addArcWithCapacityAndUnitCost(1 + types + n, sink, flowTotal, 0);
                }
                flow.setNodeSupply(source, flowTotal);
                flow.setNodeSupply(sink, -flowTotal);
                MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
                if (status != MinCostFlowBase.Status.OPTIMAL) {
                    throw new IllegalStateException("OR-Tools MinCostFlow ended with " + status + " on "
                            + nations + " participants × " + types + " types, " + segments + " unit arcs");
                }
                for (int n = 0; n < nations; n++) {
                    for (int t = 0; t < types; t++) {
                        for (int a = 0; a < units(n, t, supply[t]); a++) {
                            target[n][t] += (int) flow.getFlow(first[n][t] + a);
                        }
                    }
                }
            } finally {
                flow.delete();
            }
            method = String.format(Locale.ROOT, "exact: OR-Tools minimum-cost maximum flow over %d unit arcs; "
                    + "Sainte-Laguë marginal costs (2k − 1)/q to %.1e of the steepest, ties to earlier participants; "
                    + "coverage first, then nations' minimums, then the criterion", segments, 1 / (scale * steepest));
            return target;
        }

        /**
         * The marginal costs of all unit arcs, sorted, each mapped to the smallest cost it ties with
         * ({@link #tie}). Scaling and rounding each cost on its own would let a one-ulp difference between
         * two equal costs land on different integers and outweigh the participant-index tie-break; tied
         * costs scaled from one representative get the same integer, so the tie goes to the earlier participant.
         */
        private final class TieClasses {
            private final double[] sorted;
            private final double[] representative;

            TieClasses(int[] supply) {
                int count = 0;
                for (int n = 0; n < nations; n++) {
                    for (int t = 0; t < types; t++) {
                        count += units(n, t, supply[t]);
                    }
                }
                sorted = new double[count];
                int i = 0;
                for (int n = 0; n < nations; n++) {
                    for (int t = 0; t < types; t++) {
                        for (int k = lower[n][t] + 1; k <= lower[n][t] + units(n, t, supply[t]); k++) {
                            sorted[i++] = (2.0 * k - 1) / quota[n][t];
                        }
                    }
                }
                Arrays.sort(sorted);
                representative = new double[count];
                for (i = 0; i < count; i++) {
                    representative[i] = i > 0 && tie(sorted[i], representative[i - 1]) ? representative[i - 1] : sorted[i];
                }
            }

            /** The smallest marginal cost that {@code cost} (one of the arcs' costs) ties with. */
            double representative(double cost) {
                return representative[Arrays.binarySearch(sorted, cost)];
            }
        }

        /** Unit arcs of one nation and type: units it may take above its lower bound (none without a share). */
        private int units(int n, int t, int supply) {
            return share[n] == 0 ? 0 : Math.min(upper[n][t] - lower[n][t], supply);
        }

        private double objective(int[][] target) {
            double sum = 0;
            for (int n = 0; n < nations; n++) {
                for (int t = 0; t < types; t++) {
                    if (quota[n][t] > 0) {
                        double d = target[n][t] - quota[n][t];
                        sum += d * d / quota[n][t];
                    }
                }
            }
            return sum;
        }

        private List<CapabilityTarget> targets(int[][] target) {
            int[][] fair = new int[nations][types];
            for (int t = 0; t < types; t++) {
                int[] webster = webster(share, required[t]);
                for (int n = 0; n < nations; n++) {
                    fair[n][t] = webster[n];
                }
            }
            List<CapabilityTarget> out = new ArrayList<>();
            for (int n = 0; n < nations; n++) {
                int total = 0;
                for (int t = 0; t < types; t++) {
                    total += target[n][t];
                }
                boolean nationMinimumHolds = nationMinimum[n] > 0 && total <= nationMinimum[n];
                for (int t = 0; t < types; t++) {
                    int x = target[n][t];
                    Binding binding = binding(n, t, x, fair[n][t], nationMinimumHolds);
                    String explanation = String.format(Locale.ROOT, "%s share %.2f %% × %d = quota %.2f, fair rounding %d; %s",
                            keyText(n), 100 * share[n], required[t], quota[n][t], fair[n][t],
                            reason(binding, n, t, x, fair[n][t]));
                    out.add(new CapabilityTarget(nation(n), type(t), share[n], quota[n][t], fair[n][t], x, inventory[n][t],
                            Math.max(0, x - inventory[n][t]), lower[n][t], upper[n][t], binding, explanation));
                }
            }
            return out;
        }

        private Binding binding(int n, int t, int x, int fair, boolean nationMinimumHolds) {
            if (share[n] == 0) {
                return Binding.NO_SHARE;
            }
            if (x > fair) {
                if (x == lower[n][t]) {
                    return typeMinimum[n][t] >= support[n][t] ? Binding.MINIMUM : Binding.HOST_NATION_SUPPORT;
                }
                return nationMinimumHolds ? Binding.MINIMUM : Binding.ABSORBED;
            }
            if (x < fair) {
                return input.capMultiple().isPresent() && x == upper[n][t] ? Binding.CAP : Binding.DISPLACED;
            }
            return Binding.FAIR_SHARE;
        }

        private String reason(Binding binding, int n, int t, int x, int fair) {
            return switch (binding) {
                case FAIR_SHARE -> "the target is the fair rounding";
                case CAP -> upper[n][t] > cap(n, t)
                        ? "held at " + lowerText(n, t) + ", itself above the cap " + capText(n, t)
                        : "capped at " + capText(n, t);
                case MINIMUM -> x == lower[n][t] && typeMinimum[n][t] > 0
                        ? "raised to " + lowerText(n, t)
                        : "raised so that " + nation(n) + "'s total reaches its minimum " + nationMinimum[n] + " ("
                        + String.join("; ", nationMinimumReasons.get(n)) + ")";
                case HOST_NATION_SUPPORT -> "raised to its host-nation support of " + support[n][t];
                case NO_SHARE -> lower[n][t] > 0 ? "no share: only " + lowerText(n, t) + " is asked"
                        : "no share: nothing is asked";
                case ABSORBED -> (x - fair) + " above the fair rounding, taking units that capped nations cannot provide";
                case DISPLACED -> (fair - x) + " below the fair rounding: other nations' minimums or host-nation support "
                        + "cover those units";
            };
        }

        private String keyText(int n) {
            return input.keyYear().isPresent() ? input.key().id() + " " + input.keyYear().getAsInt()
                    : input.key().id() + " weight " + significant(input.participants().get(n).weight());
        }

        private String capText(int n, int t) {
            return plain(input.capMultiple().getAsDouble()) + " × inventory " + inventory[n][t] + " = " + cap(n, t);
        }

        private String lowerText(int n, int t) {
            if (typeMinimum[n][t] >= support[n][t]) {
                return "the minimum " + typeMinimum[n][t] + " (" + String.join("; ", typeMinimumReasons.get(n).get(t)) + ")";
            }
            return "the host-nation support " + support[n][t];
        }
    }

    /**
     * Webster's (Sainte-Laguë) apportionment of {@code seats} among nations with the given shares,
     * without bounds: each unit goes to the highest quotient share / (2k + 1), k the units the nation
     * already has; quotients that are a tie ({@link #tie}: equal up to a relative 1e-12) go to the earlier
     * nation, as in the flow; a share of 0 gets nothing.
     */
    static int[] webster(double[] shares, int seats) {
        int[] got = new int[shares.length];
        PriorityQueue<Integer> next = new PriorityQueue<>((a, b) -> {
            double costA = (2.0 * got[a] + 1) / shares[a];
            double costB = (2.0 * got[b] + 1) / shares[b];
            // equal up to rounding (3/0.3 against 1/0.1) is a tie, as in the flow's integer costs
            if (tie(costA, costB)) {
                return Integer.compare(a, b);
            }
            return Double.compare(costA, costB);
        });
        for (int n = 0; n < shares.length; n++) {
            if (shares[n] > 0) {
                next.add(n);
            }
        }
        for (int k = 0; k < seats && !next.isEmpty(); k++) {
            int n = next.poll();
            got[n]++;
            next.add(n);
        }
        return got;
    }

    /** Whether two positive costs are a tie: equal up to a relative {@link #TIE}, i.e. up to floating-point rounding. */
    static boolean tie(double a, double b) {
        return Math.abs(a - b) <= TIE * Math.max(a, b);
    }

    /** Four significant digits without trailing zeros: 3.0 → "3", 0.2212492 → "0.2212". */
    static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** 2.0 → "2", 1.5 → "1.5". */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
