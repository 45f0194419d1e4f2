package org.bulwark.deploy.planner;

import org.bulwark.deploy.network.IndexedHeap;

import java.util.Arrays;

/**
 * A radix heap over the integers {@code 0 .. n-1}, keyed by non-negative doubles, ties broken by
 * the integer: the same operations as {@link IndexedHeap} and the same sequence of pops (each pop
 * returns the least (key, item) pair), for a search whose keys mostly grow.
 *
 * <p>A non-negative double orders like its bit pattern read as a long. Entries sit in bucket
 * {@code b}, the position of the highest bit in which their key differs from the last key taken
 * out of the buckets ({@code 0} when equal). A pop takes the least item of bucket 0, or else
 * finds the least key of the lowest non-empty bucket, makes it the new last key and spreads that
 * bucket over the lower ones — every entry moves down only a few times, with no comparisons
 * between entries of different buckets. A key pushed below the last key (the searches' keys are
 * sums of doubles and may come out slightly low by rounding) goes to a separate list, scanned
 * first: it is less than every key in the buckets.
 *
 * <p>A decrease pushes a second entry; an entry is live while its item is held with exactly that
 * key, and stale ones are dropped when met. A popped item may be pushed again, as in
 * {@link IndexedHeap}.
 */
final class RadixHeap {
    private static final int BUCKETS = 64;

    private final long[][] bucketKeys = new long[BUCKETS][];
    private final int[][] bucketItems = new int[BUCKETS][];
    private final int[] bucketSize = new int[BUCKETS];
    /** Bit {@code b} set when bucket {@code b} may hold entries (bit 0 not kept up to date). */
    private long occupied;
    private long last;

    private long[] lowKeys = new long[8];
    private int[] lowItems = new int[8];
    private int lowSize;

    /**
     * Per item, side by side on one cache line: the generation in which it is held
     * ({@code 2·item}; other values: not held) and its key's bits ({@code 2·item + 1}).
     */
    private final long[] held;
    private int generation = 1;
    private int size;
    private double poppedKey;

    RadixHeap(int n) {
        held = new long[2 * n];
        for (int b = 0; b < BUCKETS; b++) {
            bucketKeys[b] = new long[8];
            bucketItems[b] = new int[8];
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Empties the heap: constant time but for the buckets' sizes. */
    void clear() {
        size = 0;
        last = 0;
        lowSize = 0;
        bucketSize[0] = 0;
        for (long m = occupied; m != 0; m &= m - 1) {
            bucketSize[Long.numberOfTrailingZeros(m)] = 0;
        }
        occupied = 0;
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(held, 0);
            generation = 1;
        }
    }

    /** Inserts {@code item} with key {@code k} (not negative, not NaN) or lowers its key. */
    void update(int item, double k) {
        long bits = Double.doubleToRawLongBits(k + 0.0); // -0.0 becomes +0.0
        long[] held = this.held;
        if (held[2 * item] == generation) {
            if (bits >= held[2 * item + 1]) {
                return;
            }
        } else {
            held[2 * item] = generation;
            size++;
        }
        held[2 * item + 1] = bits;
        if (bits < last) {
            if (lowSize == lowKeys.length) {
                lowKeys = Arrays.copyOf(lowKeys, 2 * lowSize);
                lowItems = Arrays.copyOf(lowItems, 2 * lowSize);
            }
            lowKeys[lowSize] = bits;
            lowItems[lowSize++] = item;
        } else {
            add(bits, item);
        }
    }

    private void add(long bits, int item) {
        int b = BUCKETS - Long.numberOfLeadingZeros(bits ^ last);
        int s = bucketSize[b];
        long[] keys = bucketKeys[b];
        if (s == keys.length) {
            keys = bucketKeys[b] = Arrays.copyOf(keys, 2 * s);
            bucketItems[b] = Arrays.copyOf(bucketItems[b], 2 * s);
        }
        keys[s] = bits;
        bucketItems[b][s] = item;
        bucketSize[b] = s + 1;
        occupied |= 1L << b;
    }

    /** The key of the item last returned by {@link #pop}. */
    double poppedKey() {
        return poppedKey;
    }

    /** Removes the least (key, item) pair and returns its item; read its key with {@link #poppedKey}. Not when empty. */
    int pop() {
        if (lowSize > 0) {
            int item = popLow();
            if (item >= 0) {
                return item;
            }
        }
        long[] held = this.held;
        long gen = generation;
        while (true) {
            if (bucketSize[0] > 0) {
                // every key here equals last: the least live item
                int item = takeLeast(bucketKeys[0], bucketItems[0], bucketSize[0]);
                bucketSize[0] = remaining;
                if (item >= 0) {
                    return item;
                }
            }
            // the least key of the lowest non-empty bucket becomes the last key
            int b = Long.numberOfTrailingZeros(occupied & -2L);
            long[] keys = bucketKeys[b];
            int[] items = bucketItems[b];
            int m = bucketSize[b];
            long least = Long.MAX_VALUE;
            int live = 0;
            for (int j = 0; j < m; j++) {
                long k = keys[j];
                int it = items[j];
                if (held[2 * it] == gen && held[2 * it + 1] == k) {
                    keys[live] = k;
                    items[live++] = it;
                    if (k < least) {
                        least = k;
                    }
                }
            }
            bucketSize[b] = 0;
            occupied &= ~(1L << b);
            if (live == 0) {
                continue;
            }
            last = least;
            for (int j = 0; j < live; j++) {
                add(keys[j], items[j]);
            }
        }
    }

    /** The least live pair below the buckets' keys, or -1 (having dropped stale entries) when none. */
    private int popLow() {
        int item = takeLeast(lowKeys, lowItems, lowSize);
        lowSize = remaining;
        return item;
    }

    /** Entries left in the list {@link #takeLeast} last worked on. */
    private int remaining;

    /**
     * Drops the stale entries of the first {@code n} of {@code keys}/{@code items}, then removes
     * and returns the least live (key, item) pair's item, or -1 when none is live; the list's new
     * length is left in {@link #remaining}.
     */
    private int takeLeast(long[] keys, int[] items, int n) {
        long[] held = this.held;
        long gen = generation;
        int best = -1;
        long bk = Long.MAX_VALUE;
        int bi = Integer.MAX_VALUE;
        for (int j = 0; j < n; j++) {
            int it = items[j];
            long k = keys[j];
            if (held[2 * it] != gen || held[2 * it + 1] != k) {
                n--;
                keys[j] = keys[n];
                items[j] = items[n];
                j--;
            } else if (k < bk || (k == bk && it < bi)) {
                bk = k;
                bi = it;
                best = j;
            }
        }
        if (best >= 0) {
            n--;
            keys[best] = keys[n];
            items[best] = items[n];
            held[2 * bi] = 0;
            size--;
            poppedKey = Double.longBitsToDouble(bk);
        }
        remaining = n;
        return best >= 0 ? bi : -1;
    }
}
