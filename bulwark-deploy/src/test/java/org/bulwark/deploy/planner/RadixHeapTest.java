package org.bulwark.deploy.planner;

import org.bulwark.deploy.network.IndexedHeap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The radix heap against a sorted set of (key, item) pairs, as {@link IndexedHeapTest} does for
 * the 4-ary heap: every pop must return the least pair, ties broken by the item, including keys
 * pushed equal to or a few ulps below the last one popped, and items pushed again after their pop.
 */
class RadixHeapTest {

    @Test
    void popsTheLeastKeyThenTheLeastItemLikeASortedSet() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 300;
        RadixHeap heap = new RadixHeap(n);
        long below = 0;
        for (int round = 0; round < 60; round++) {
            heap.clear();
            ReferenceHeap reference = new ReferenceHeap(n);
            double lastPopped = 0;
            int pops = 0;
            for (int step = 0; step < 3_000; step++) {
                if (random.nextInt(3) > 0 || reference.isEmpty()) {
                    int item = random.nextInt(n);
                    double k = switch (round % 3) {
                        // few distinct keys, so ties are common
                        case 0 -> random.nextInt(8) * 0.5;
                        // keys growing from the last popped one, some equal, some a few ulps below
                        case 1 -> Math.max(0, switch (random.nextInt(4)) {
                            case 0 -> lastPopped;
                            case 1 -> lastPopped - random.nextInt(1, 4) * Math.ulp(lastPopped);
                            default -> lastPopped + random.nextDouble() * 50;
                        });
                        default -> random.nextInt(1_000) * 0.25 + 1_000;
                    };
                    if (k < lastPopped) {
                        below++;
                    }
                    heap.update(item, k);
                    reference.update(item, k);
                } else {
                    double leastKey = reference.leastKey();
                    assertThat(heap.pop()).as("round %d step %d", round, step).isEqualTo(reference.pop());
                    assertThat(heap.poppedKey()).as("round %d step %d", round, step).isEqualTo(leastKey);
                    lastPopped = leastKey;
                    pops++;
                }
                assertThat(heap.isEmpty()).isEqualTo(reference.isEmpty());
            }
            assertThat(pops).isPositive();
        }
        assertThat(below).as("keys pushed below the last popped").isPositive();
    }
}
