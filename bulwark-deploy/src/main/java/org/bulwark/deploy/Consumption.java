package org.bulwark.deploy;

import java.util.Arrays;

/** What one unit's fills took: (resource, period, tonnes) triples in primitive arrays. */
final class Consumption {
    int[] res = new int[8];
    int[] period = new int[8];
    double[] tonnes = new double[8];
    int size;

    void add(int r, int k, double t) {
        if (size == res.length) {
            res = Arrays.copyOf(res, size * 2);
            period = Arrays.copyOf(period, size * 2);
            tonnes = Arrays.copyOf(tonnes, size * 2);
        }
        res[size] = r;
        period[size] = k;
        tonnes[size] = t;
        size++;
    }

    void clear() {
        size = 0;
    }
}
