package org.bulwark.model;

/**
 * A probability distribution of an uncertain campaign input. The records hold parameters only
 * and reject impossible ones; sampling is the campaign engine's (by inverse CDF of a uniform
 * draw, so common random numbers carry across variants).
 */
public sealed interface Distribution {

    /** The distribution's name in scenario files, e.g. {@code triangular}. */
    String kind();

    /** Smallest value it can take ({@code -∞} when unbounded). */
    double lowest();

    /** Largest value it can take ({@code +∞} when unbounded). */
    double highest();

    /** Always {@code value}. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            Units.requireFinite(value, "value");
        }

        @Override
        public String kind() {
            return "fixed";
        }

        @Override
        public double lowest() {
            return value;
        }

        @Override
        public double highest() {
            return value;
        }
    }

    /** Uniform on {@code [min, max]}. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            Units.requireFinite(min, "min");
            Units.requireFinite(max, "max");
            if (!(min < max)) {
                throw new IllegalArgumentException("uniform needs min < max, was " + min + ", " + max);
            }
        }

        @Override
        public String kind() {
            return "uniform";
        }

        @Override
        public double lowest() {
            return min;
        }

        @Override
        public double highest() {
            return max;
        }
    }

    /** Triangular on {@code [min, max]} with its peak at {@code mode}. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            Units.requireFinite(min, "min");
            Units.requireFinite(mode, "mode");
            Units.requireFinite(max, "max");
            if (!(min <= mode && mode <= max && min < max)) {
                throw new IllegalArgumentException("triangular needs min <= mode <= max and min < max, was "
                        + min + ", " + mode + ", " + max);
            }
        }

        @Override
        public String kind() {
            return "triangular";
        }

        @Override
        public double lowest() {
            return min;
        }

        @Override
        public double highest() {
            return max;
        }
    }

    /**
     * Normal with mean and standard deviation, truncated to {@code [min, max]} (either may be
     * infinite).
     */
    record Normal(double mean, double sd, double min, double max) implements Distribution {
        public Normal {
            Units.requireFinite(mean, "mean");
            Units.requireFinite(sd, "sd");
            if (!(sd > 0)) {
                throw new IllegalArgumentException("normal needs sd > 0, was " + sd);
            }
            if (Double.isNaN(min) || Double.isNaN(max) || !(min < max) || min == Double.POSITIVE_INFINITY
                    || max == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("normal needs min < max, was " + min + ", " + max);
            }
        }

        /** Untruncated. */
        public Normal(double mean, double sd) {
            this(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        @Override
        public String kind() {
            return "normal";
        }

        @Override
        public double lowest() {
            return min;
        }

        @Override
        public double highest() {
            return max;
        }
    }

    /** Log-normal: {@code median · exp(sigma · Z)}, Z standard normal. */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            Units.requireFinite(median, "median");
            Units.requireFinite(sigma, "sigma");
            if (!(median > 0) || !(sigma > 0)) {
                throw new IllegalArgumentException("lognormal needs median > 0 and sigma > 0, was "
                        + median + ", " + sigma);
            }
        }

        @Override
        public String kind() {
            return "lognormal";
        }

        @Override
        public double lowest() {
            return 0;
        }

        @Override
        public double highest() {
            return Double.POSITIVE_INFINITY;
        }
    }
}
