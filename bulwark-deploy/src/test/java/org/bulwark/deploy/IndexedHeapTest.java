package org.bulwark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The heap against a sorted set of (key, item) pairs: every pop must return the least pair, ties
 * broken by the item, whatever the sequence of inserts and decreases (the searches' results
 * depend on this order).
 */
class IndexedHeapTest {

    private record Entry(double key, int item) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(key, o.key);
            return c != 0 ? c : Integer.compare(item, o.item);
        }
    }

    @Test
    void popsTheLeastKeyThenTheLeastItemLikeASortedSet() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 300;
        IndexedHeap heap = new IndexedHeap(n);
        for (int round = 0; round < 40; round++) {
            heap.clear();
            TreeSet<Entry> reference = new TreeSet<>();
            double[] key = new double[n];
            Arrays.fill(key, Double.NaN);
            int pops = 0;
            for (int step = 0; step < 2_000; step++) {
                if (random.nextInt(3) > 0 || reference.isEmpty()) {
                    int item = random.nextInt(n);
                    // few distinct keys, so ties are common
                    double k = random.nextInt(round % 2 == 0 ? 8 : 1_000) * 0.5;
                    heap.update(item, k);
                    if (Double.isNaN(key[item]) || k < key[item]) {
                        if (!Double.isNaN(key[item])) {
                            reference.remove(new Entry(key[item], item));
                        }
                        key[item] = k;
                        reference.add(new Entry(k, item));
                    }
                } else {
                    Entry least = reference.pollFirst();
                    assertThat(heap.peekKey()).as("round %d step %d", round, step).isEqualTo(least.key());
                    assertThat(heap.pop()).as("round %d step %d", round, step).isEqualTo(least.item());
                    key[least.item()] = Double.NaN;
                    pops++;
                }
                assertThat(heap.isEmpty()).isEqualTo(reference.isEmpty());
            }
            assertThat(pops).isPositive();
        }
    }
}
