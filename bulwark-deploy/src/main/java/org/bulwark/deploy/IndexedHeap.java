package org.bulwark.deploy;

import java.util.Arrays;

/**
 * A binary min-heap over the integers {@code 0 .. n-1} with decrease-key, keyed by double, ties
 * broken by the integer, so pops are deterministic. Holds each item at most once, so it never
 * grows past the states a search labels (no stale entries to pop).
 */
final class IndexedHeap {
    private final int[] heap;
    private final double[] key;
    /** Position of an item in {@code heap}, or -1. */
    private final int[] position;
    private int size;

    IndexedHeap(int n) {
        heap = new int[n];
        key = new double[n];
        position = new int[n];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
    }

    double peekKey() {
        return key[heap[0]];
    }

    /** Inserts {@code item} or lowers its key. */
    void update(int item, double k) {
        int i = position[item];
        if (i < 0) {
            i = size++;
        } else if (k >= key[item]) {
            return;
        }
        key[item] = k;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(k, item, key[p], p)) {
                break;
            }
            heap[i] = p;
            position[p] = i;
            i = parent;
        }
        heap[i] = item;
        position[item] = i;
    }

    int pop() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            int item = heap[size];
            double k = key[item];
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int c = heap[child];
                int right = child + 1;
                if (right < size) {
                    int r = heap[right];
                    if (less(key[r], r, key[c], c)) {
                        child = right;
                        c = r;
                    }
                }
                if (!less(key[c], c, k, item)) {
                    break;
                }
                heap[i] = c;
                position[c] = i;
                i = child;
            }
            heap[i] = item;
            position[item] = i;
        }
        return top;
    }

    private static boolean less(double k1, int v1, double k2, int v2) {
        return k1 < k2 || (k1 == k2 && v1 < v2);
    }
}
