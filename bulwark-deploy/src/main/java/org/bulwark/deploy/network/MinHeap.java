package org.bulwark.deploy.network;

import java.util.Arrays;

/**
 * A binary min-heap of (double key, int value) pairs in primitive arrays, with lazy deletion left
 * to the caller. Ties are broken by value, so pops are deterministic.
 */
public final class MinHeap {
    private double[] keys;
    private int[] values;
    private int size;

    public MinHeap(int capacity) {
        keys = new double[Math.max(16, capacity)];
        values = new int[keys.length];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
    }

    public double peekKey() {
        return keys[0];
    }

    public void push(double key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(key, value, keys[parent], values[parent])) {
                break;
            }
            keys[i] = keys[parent];
            values[i] = values[parent];
            i = parent;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Removes the smallest pair and returns its value; read its key with {@link #peekKey()} first. */
    public int pop() {
        int top = values[0];
        size--;
        if (size > 0) {
            double key = keys[size];
            int value = values[size];
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int right = child + 1;
                if (right < size && less(keys[right], values[right], keys[child], values[child])) {
                    child = right;
                }
                if (!less(keys[child], values[child], key, value)) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
        }
        return top;
    }

    private static boolean less(double k1, int v1, double k2, int v2) {
        return k1 < k2 || (k1 == k2 && v1 < v2);
    }
}
