package org.bulwark.deploy.planner;

import java.util.Arrays;

/** What one unit's fills took: (resource, period, tonnes) triples in primitive arrays. */
final class Consumption {
    int[] res = new int[8];
    int[] period = new int[8];
    double[] tonnes = new double[8];
    int size;

    void add(int r, int k, double t) {
        if (size == res.length) {
            reserve(size * 2);
        }
        res[size] = r;
        period[size] = k;
        tonnes[size] = t;
        size++;
    }

    /** Makes room for {@code n} entries. */
    void reserve(int n) {
        if (n > res.length) {
            res = Arrays.copyOf(res, n);
            period = Arrays.copyOf(period, n);
            tonnes = Arrays.copyOf(tonnes, n);
        }
    }

    void clear() {
        size = 0;
    }
}
