package org.bulwark.deploy.network;

import java.util.Arrays;

/**
 * A 4-ary min-heap over the integers {@code 0 .. n-1} with decrease-key, keyed by double, ties
 * broken by the integer. Pairs (key, item) are totally ordered and each item is held at most once,
 * so every pop returns the least pair whatever the heap's shape: the sequence of pops is the same
 * as any other exact priority queue's. Never grows past the states a search labels (no stale
 * entries to pop).
 *
 * <p>Each slot holds its key beside its item ({@code keys[i]} for {@code items[i]}), so a sift
 * compares the four children of a slot on one or two cache lines instead of chasing each item to
 * its key; four children per slot halve the levels of a binary heap. The potentials' reverse
 * Dijkstra and the bounds use it; the arrival search uses the planner's {@code RadixHeap}, which pops the same sequence.
 */
public final class IndexedHeap {
    private final int[] items;
    private final double[] keys;
    /**
     * Per item, side by side: the generation that last placed it ({@code 2·item}) and its slot in
     * {@link #items} ({@code 2·item + 1}, -1 once popped). A slot of an earlier generation means
     * not held, so {@link #clear} is constant time: the searches end with thousands of states still
     * queued (profiled at the large preset: resetting them one by one took an eighth of the time).
     */
    private final int[] position;
    private int generation = 1;
    private int size;

    public IndexedHeap(int n) {
        items = new int[n];
        keys = new double[n];
        position = new int[2 * n];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(position, 0);
            generation = 1;
        }
    }

    public double peekKey() {
        return keys[0];
    }

    /** Inserts {@code item} or lowers its key. */
    public void update(int item, double k) {
        int[] position = this.position;
        int i = position[2 * item] == generation ? position[2 * item + 1] : -1;
        if (i < 0) {
            i = size++;
            position[2 * item] = generation;
        } else if (k >= keys[i]) {
            return;
        }
        int[] items = this.items;
        double[] keys = this.keys;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            double pk = keys[parent];
            int p = items[parent];
            if (!(k < pk || (k == pk && item < p))) {
                break;
            }
            items[i] = p;
            keys[i] = pk;
            position[2 * p + 1] = i;
            i = parent;
        }
        items[i] = item;
        keys[i] = k;
        position[2 * item + 1] = i;
    }

    /** Removes the least item and returns it; read its key with {@link #peekKey()} first. */
    public int pop() {
        int[] items = this.items;
        double[] keys = this.keys;
        int[] position = this.position;
        int top = items[0];
        position[2 * top + 1] = -1;
        int n = --size;
        if (n > 0) {
            int item = items[n];
            double k = keys[n];
            int i = 0;
            while (true) {
                int first = 4 * i + 1;
                if (first >= n) {
                    break;
                }
                // the least of up to four children
                int best = first;
                double bk = keys[first];
                int bi = items[first];
                int last = Math.min(first + 4, n);
                for (int c = first + 1; c < last; c++) {
                    double ck = keys[c];
                    if (ck < bk || (ck == bk && items[c] < bi)) {
                        best = c;
                        bk = ck;
                        bi = items[c];
                    }
                }
                if (!(bk < k || (bk == k && bi < item))) {
                    break;
                }
                items[i] = bi;
                keys[i] = bk;
                position[2 * bi + 1] = i;
                i = best;
            }
            items[i] = item;
            keys[i] = k;
            position[2 * item + 1] = i;
        }
        return top;
    }
}
