package org.bulwark.deploy.planner;

import org.bulwark.deploy.network.IndexedHeap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The heap against a sorted set of (key, item) pairs ({@link ReferenceHeap}): every pop must
 * return the least pair, ties broken by the item, whatever the sequence of inserts and decreases
 * (the searches' results depend on this order).
 */
class IndexedHeapTest {

    @Test
    void popsTheLeastKeyThenTheLeastItemLikeASortedSet() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 300;
        IndexedHeap heap = new IndexedHeap(n);
        for (int round = 0; round < 40; round++) {
            heap.clear();
            ReferenceHeap reference = new ReferenceHeap(n);
            int pops = 0;
            for (int step = 0; step < 2_000; step++) {
                if (random.nextInt(3) > 0 || reference.isEmpty()) {
                    int item = random.nextInt(n);
                    // few distinct keys, so ties are common
                    double k = random.nextInt(round % 2 == 0 ? 8 : 1_000) * 0.5;
                    heap.update(item, k);
                    reference.update(item, k);
                } else {
                    assertThat(heap.peekKey()).as("round %d step %d", round, step).isEqualTo(reference.leastKey());
                    assertThat(heap.pop()).as("round %d step %d", round, step).isEqualTo(reference.pop());
                    pops++;
                }
                assertThat(heap.isEmpty()).isEqualTo(reference.isEmpty());
            }
            assertThat(pops).isPositive();
        }
    }
}
