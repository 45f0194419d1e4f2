package org.bulwark.targets.apportion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.bulwark.model.CapabilityRequirement;
import org.bulwark.model.ContributionMinimum;
import org.bulwark.model.FairShareKey;
import org.bulwark.model.HostNationSupport;
import org.bulwark.model.Inventory;
import org.bulwark.model.NationCode;
import org.bulwark.model.Source;
import org.bulwark.model.UnitTypeId;

/**
 * The benchmark instance of issue 5: a 5,000-unit requirement over 32 nations × 20 unit types,
 * with random inventories, a cap of 2 × inventory, four type minimums, three host-nation supports
 * and two minimums over a nation's total, all coverable. The same seed gives the same instance on
 * every JVM ({@link Random}'s algorithm is specified).
 */
public final class BenchmarkInstances {
    /** Units required in total. */
    public static final int UNITS = 5_000;
    /** Participants in {@link #standard(long)}. */
    public static final int NATIONS = 32;
    /** Unit types. */
    public static final int TYPES = 20;
    /** The seed the benchmarks use. */
    public static final long SEED = 20_250_625L;

    private BenchmarkInstances() {
    }

    /**
     * 32 synthetic nations ({@code XAA}…{@code XBF}, ISO 3166 user-assigned codes) with log-normal
     * weights spread like the allies' GDPs (largest/smallest of the order of 1,000).
     */
    public static ApportionmentInput standard(long seed) {
        Random random = new Random(seed);
        List<Participant> participants = new ArrayList<>();
        for (int n = 0; n < NATIONS; n++) {
            String code = "X" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
            participants.add(new Participant(NationCode.of(code), Math.exp(1.6 * random.nextGaussian())));
        }
        return build(participants, FairShareKey.CUSTOM, OptionalInt.empty(), "synthetic weight", random, seed);
    }

    /**
     * The same kind of instance over given participants, e.g. the allies with their 2024 GDP.
     *
     * @param keyYear    the year the weights were read from, for the explanations; empty for custom weights
     * @param weightUnit the weights' unit, for reports
     */
    public static ApportionmentInput of(List<Participant> participants, FairShareKey key, OptionalInt keyYear,
                                        String weightUnit, long seed) {
        return build(participants, key, keyYear, weightUnit, new Random(seed), seed);
    }

    private static ApportionmentInput build(List<Participant> participants, FairShareKey key, OptionalInt keyYear,
                                            String unit, Random random, long seed) {
        if (participants.size() < 8) {
            throw new IllegalArgumentException("the benchmark instance needs at least 8 participants, got " + participants.size());
        }
        Source source = new Source("synthetic benchmark instance, seed " + seed, true);
        int nations = participants.size();
        double total = participants.stream().mapToDouble(Participant::weight).sum();
        double[] share = participants.stream().mapToDouble(p -> p.weight() / total).toArray();

        double[] typeWeight = new double[TYPES];
        double typeTotal = 0;
        for (int t = 0; t < TYPES; t++) {
            typeWeight[t] = 0.5 + random.nextDouble();
            typeTotal += typeWeight[t];
        }
        int[] required = new int[TYPES];
        int assigned = 0;
        for (int t = 0; t < TYPES; t++) {
            required[t] = (int) Math.floor(UNITS * typeWeight[t] / typeTotal);
            assigned += required[t];
        }
        for (int t = 0; assigned < UNITS; t = (t + 1) % TYPES) {
            required[t]++;
            assigned++;
        }
        List<UnitTypeId> types = new ArrayList<>();
        List<CapabilityRequirement> requirement = new ArrayList<>();
        for (int t = 0; t < TYPES; t++) {
            UnitTypeId type = UnitTypeId.of(String.format("type_%02d", t + 1));
            types.add(type);
            requirement.add(new CapabilityRequirement(type, required[t], source));
        }

        int[][] held = new int[nations][TYPES];
        for (int n = 0; n < nations; n++) {
            for (int t = 0; t < TYPES; t++) {
                held[n][t] = random.nextDouble() < 0.15 ? 0
                        : (int) Math.round(share[n] * required[t] * (0.2 + 1.2 * random.nextDouble()));
            }
        }
        int largest = 0;
        for (int n = 1; n < nations; n++) {
            largest = share[n] > share[largest] ? n : largest;
        }
        for (int t = 0; t < TYPES; t++) {
            int coverable = 0;
            for (int n = 0; n < nations; n++) {
                coverable += 2 * held[n][t];
            }
            if (coverable < required[t]) {
                held[largest][t] += (required[t] - coverable + 1) / 2;
            }
        }

        Integer[] bySize = new Integer[nations];
        for (int n = 0; n < nations; n++) {
            bySize[n] = n;
        }
        Arrays.sort(bySize, (a, b) -> Double.compare(share[a], share[b]));
        List<ContributionMinimum> minimums = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = bySize[i];
            held[n][i] = Math.max(held[n][i], 2);
            minimums.add(new ContributionMinimum(participants.get(n).nation(), Optional.of(types.get(i)), 3,
                    "framework nation (synthetic)", source));
        }
        List<HostNationSupport> support = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = bySize[nations / 2 + i];
            held[n][4 + i] = Math.max(held[n][4 + i], 3);
            support.add(new HostNationSupport(participants.get(n).nation(), types.get(4 + i), 5, source));
        }
        for (int i = 1; i <= 2; i++) {
            int n = bySize[nations - 1 - i];
            long fair = 0;
            for (int t = 0; t < TYPES; t++) {
                fair += Math.round(share[n] * required[t]);
            }
            minimums.add(new ContributionMinimum(participants.get(n).nation(), Optional.empty(), (int) fair + 10,
                    "minimum total (synthetic)", source));
        }
        List<Inventory> inventories = new ArrayList<>();
        for (int n = 0; n < nations; n++) {
            for (int t = 0; t < TYPES; t++) {
                if (held[n][t] > 0) {
                    inventories.add(new Inventory(participants.get(n).nation(), types.get(t), held[n][t], source));
                }
            }
        }
        return new ApportionmentInput(key, keyYear, unit, participants, requirement, inventories, OptionalDouble.of(2.0),
                minimums, support, List.of());
    }
}
