package org.bulwark.deploy.planner;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * What a heap over the items {@code 0 .. n-1} must hold, kept in a sorted set of (key, item)
 * pairs: the reference the heap tests compare pops with (least key first, ties by the item).
 */
final class ReferenceHeap {
    private record Entry(double key, int item) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(key, o.key);
            return c != 0 ? c : Integer.compare(item, o.item);
        }
    }

    private final TreeSet<Entry> entries = new TreeSet<>();
    /** Per item, its key while held, NaN otherwise. */
    private final double[] key;

    ReferenceHeap(int n) {
        key = new double[n];
        Arrays.fill(key, Double.NaN);
    }

    /** Inserts {@code item} with key {@code k}, or lowers its key; a higher key leaves it as it is. */
    void update(int item, double k) {
        if (Double.isNaN(key[item]) || k < key[item]) {
            if (!Double.isNaN(key[item])) {
                entries.remove(new Entry(key[item], item));
            }
            key[item] = k;
            entries.add(new Entry(k, item));
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    double leastKey() {
        return entries.first().key();
    }

    /** Removes the least pair and returns its item. */
    int pop() {
        Entry least = entries.pollFirst();
        key[least.item()] = Double.NaN;
        return least.item();
    }
}
