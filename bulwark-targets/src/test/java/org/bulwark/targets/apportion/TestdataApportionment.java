package org.bulwark.targets.apportion;

import java.util.ArrayList;
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

/** Hand-made and random apportionment inputs: a builder over nations, weights, requirement and bounds. */
final class TestdataApportionment {
    static final Source HAND = new Source("hand-made test instance", true);

    private final List<Participant> participants = new ArrayList<>();
    private final List<CapabilityRequirement> requirement = new ArrayList<>();
    private final List<Inventory> inventories = new ArrayList<>();
    private final List<ContributionMinimum> minimums = new ArrayList<>();
    private final List<HostNationSupport> support = new ArrayList<>();
    private OptionalDouble cap = OptionalDouble.empty();

    TestdataApportionment nation(String code, double weight) {
        participants.add(new Participant(NationCode.of(code), weight));
        return this;
    }

    TestdataApportionment require(String type, int quantity) {
        requirement.add(new CapabilityRequirement(UnitTypeId.of(type), quantity, HAND));
        return this;
    }

    TestdataApportionment holds(String nation, String type, int count) {
        inventories.add(new Inventory(NationCode.of(nation), UnitTypeId.of(type), count, HAND));
        return this;
    }

    TestdataApportionment cap(double multiple) {
        cap = OptionalDouble.of(multiple);
        return this;
    }

    /** A minimum of one type, or of the nation's total when {@code type} is null. */
    TestdataApportionment minimum(String nation, String type, int units, String reason) {
        minimums.add(new ContributionMinimum(NationCode.of(nation), Optional.ofNullable(type).map(UnitTypeId::of), units,
                reason, HAND));
        return this;
    }

    TestdataApportionment support(String nation, String type, int units) {
        support.add(new HostNationSupport(NationCode.of(nation), UnitTypeId.of(type), units, HAND));
        return this;
    }

    ApportionmentInput build() {
        return new ApportionmentInput(FairShareKey.CUSTOM, OptionalInt.empty(), "test weight", participants, requirement,
                inventories, cap, minimums, support, List.of());
    }

    static String code(int n) {
        return "N" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
    }

    static String type(int t) {
        return "t" + t;
    }

    /**
     * A random instance: 2–{@code maxNations} nations with integer weights 1–10 (some 0 when
     * {@code zeroWeights}), 1–{@code maxTypes} types of 0–{@code maxRequired} units, and the bounds asked for.
     */
    static ApportionmentInput random(long seed, int maxNations, int maxTypes, int maxRequired, boolean caps,
                                     boolean minimums, boolean zeroWeights) {
        Random random = new Random(seed);
        TestdataApportionment data = new TestdataApportionment();
        int nations = 2 + random.nextInt(maxNations - 1);
        int types = 1 + random.nextInt(maxTypes);
        for (int n = 0; n < nations; n++) {
            boolean zero = zeroWeights && n > 0 && random.nextInt(6) == 0;
            data.nation(code(n), zero ? 0 : 1 + random.nextInt(10));
        }
        for (int t = 0; t < types; t++) {
            data.require(type(t), random.nextInt(maxRequired + 1));
        }
        if (caps) {
            data.cap(random.nextBoolean() ? 2.0 : 1.5);
            for (int n = 0; n < nations; n++) {
                for (int t = 0; t < types; t++) {
                    int held = random.nextInt(1 + maxRequired / 2);
                    if (held > 0) {
                        data.holds(code(n), type(t), held);
                    }
                }
            }
        }
        if (minimums) {
            for (int n = 0; n < nations; n++) {
                for (int t = 0; t < types; t++) {
                    int roll = random.nextInt(8);
                    if (roll == 0) {
                        data.minimum(code(n), type(t), 1 + random.nextInt(3), "framework " + n);
                    } else if (roll == 1) {
                        data.support(code(n), type(t), 1 + random.nextInt(3));
                    }
                }
                if (random.nextInt(5) == 0) {
                    data.minimum(code(n), null, 1 + random.nextInt(1 + maxRequired), "total " + n);
                }
            }
        }
        return data.build();
    }
}
