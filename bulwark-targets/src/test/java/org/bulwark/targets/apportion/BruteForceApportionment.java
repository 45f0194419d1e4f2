package org.bulwark.targets.apportion;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.NationCode;

/**
 * The slow reference: every integer assignment within the bounds, for tiny instances. Bounds are
 * derived here from the input's meaning (docs/targets.md), independently of the engine.
 */
final class BruteForceApportionment {
    final int nations;
    final int types;
    final int[] required;
    final double[][] quota;
    final int[][] lower;
    final int[][] upper;
    final int[] nationMinimum;

    BruteForceApportionment(ApportionmentInput input) {
        nations = input.participants().size();
        types = input.requirement().size();
        required = input.requirement().stream().mapToInt(CapabilityRequirement::quantity).toArray();
        double total = input.participants().stream().mapToDouble(Participant::weight).sum();
        quota = new double[nations][types];
        lower = new int[nations][types];
        upper = new int[nations][types];
        nationMinimum = new int[nations];
        int[][] typeMinimum = new int[nations][types];
        int[][] support = new int[nations][types];
        for (ContributionMinimum m : input.minimums()) {
            int n = nation(input, m.nation());
            if (m.type().isPresent()) {
                typeMinimum[n][type(input, m.type().get().value())] += m.units();
            } else {
                nationMinimum[n] += m.units();
            }
        }
        for (HostNationSupport s : input.hostNationSupport()) {
            support[nation(input, s.nation())][type(input, s.type().value())] += s.units();
        }
        for (int n = 0; n < nations; n++) {
            double share = input.participants().get(n).weight() / total;
            for (int t = 0; t < types; t++) {
                quota[n][t] = share * required[t];
                lower[n][t] = Math.max(typeMinimum[n][t], support[n][t]);
                int held = 0;
                for (Inventory i : input.inventories()) {
                    if (i.nation().equals(input.participants().get(n).nation())
                            && i.type().equals(input.requirement().get(t).type())) {
                        held = i.count();
                    }
                }
                OptionalDouble cap = input.capMultiple();
                int hi = cap.isPresent() ? Math.min(required[t], (int) Math.floor(cap.getAsDouble() * held + 1e-9)) : required[t];
                // a lower bound above the cap leaves no assignment, whatever the share
                upper[n][t] = share == 0 && lower[n][t] <= hi ? lower[n][t] : hi;
            }
        }
    }

    private static int nation(ApportionmentInput input, NationCode code) {
        for (int n = 0; n < input.participants().size(); n++) {
            if (input.participants().get(n).nation().equals(code)) {
                return n;
            }
        }
        throw new IllegalArgumentException(code.value());
    }

    private static int type(ApportionmentInput input, String type) {
        for (int t = 0; t < input.requirement().size(); t++) {
            if (input.requirement().get(t).type().value().equals(type)) {
                return t;
            }
        }
        throw new IllegalArgumentException(type);
    }

    /** Every column (one type's targets by nation) within the bounds that sums to the requirement. */
    private List<int[]> columns(int t) {
        List<int[]> out = new ArrayList<>();
        fill(t, 0, new int[nations], required[t], out);
        return out;
    }

    private void fill(int t, int n, int[] column, int left, List<int[]> out) {
        if (n == nations) {
            if (left == 0) {
                out.add(column.clone());
            }
            return;
        }
        for (int x = lower[n][t]; x <= Math.min(upper[n][t], left); x++) {
            column[n] = x;
            fill(t, n + 1, column, left - x, out);
        }
    }

    /** The least Σ (x − q)² / q over assignments meeting every bound; empty when none does. */
    OptionalDouble optimum() {
        List<List<int[]>> columns = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            columns.add(columns(t));
        }
        double[] best = {Double.POSITIVE_INFINITY};
        search(columns, 0, new int[types][], best);
        return best[0] == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(best[0]);
    }

    private void search(List<List<int[]>> columns, int t, int[][] chosen, double[] best) {
        if (t == types) {
            for (int n = 0; n < nations; n++) {
                int total = 0;
                for (int u = 0; u < types; u++) {
                    total += chosen[u][n];
                }
                if (total < nationMinimum[n]) {
                    return;
                }
            }
            double value = 0;
            for (int u = 0; u < types; u++) {
                for (int n = 0; n < nations; n++) {
                    if (quota[n][u] > 0) {
                        double d = chosen[u][n] - quota[n][u];
                        value += d * d / quota[n][u];
                    }
                }
            }
            best[0] = Math.min(best[0], value);
            return;
        }
        for (int[] column : columns.get(t)) {
            chosen[t] = column;
            search(columns, t + 1, chosen, best);
        }
    }
}
