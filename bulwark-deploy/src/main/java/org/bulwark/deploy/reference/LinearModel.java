package org.bulwark.deploy.reference;

import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelBuilderHelper;
import java.util.Arrays;

/**
 * A linear or mixed-integer model held in plain arrays, so its size is known (and capped) before
 * any native memory is used; {@link #toModelBuilder()} hands it to OR-Tools.
 */
final class LinearModel {
    /** Thrown while building when the model would exceed its cap. */
    static final class TooLarge extends RuntimeException {
        final long variables;

        TooLarge(long variables) {
            super("model exceeds its cap at " + variables + " variables", null, false, false);
            this.variables = variables;
        }
    }

    private final long maxVariables;
    /** Counts columns and rows only: for sizing a model before building it. */
    private final boolean counting;
    private int columns;
    private double[] lower = new double[1024];
    private double[] upper = new double[1024];
    private double[] cost = new double[1024];
    private boolean[] integer = new boolean[1024];
    private int rows;
    private double[] rowLower = new double[1024];
    private double[] rowUpper = new double[1024];
    private long terms;
    private int[] termRow = new int[4096];
    private int[] termColumn = new int[4096];
    private double[] termValue = new double[4096];
    private double objectiveOffset;

    LinearModel(long maxVariables) {
        this(maxVariables, false);
    }

    private LinearModel(long maxVariables, boolean counting) {
        this.maxVariables = maxVariables;
        this.counting = counting;
    }

    /**
     * A model that only counts what is added (no coefficients are kept), throwing {@link TooLarge}
     * at the same cap: building into it sizes a model in a fraction of the time and memory.
     */
    static LinearModel counter(long maxVariables) {
        return new LinearModel(maxVariables, true);
    }

    int addVariable(double lb, double ub, double objective, boolean isInteger) {
        if (columns >= maxVariables) {
            throw new TooLarge(columns + 1L);
        }
        if (counting) {
            return columns++;
        }
        if (columns == lower.length) {
            int n = columns * 2;
            lower = Arrays.copyOf(lower, n);
            upper = Arrays.copyOf(upper, n);
            cost = Arrays.copyOf(cost, n);
            integer = Arrays.copyOf(integer, n);
        }
        lower[columns] = lb;
        upper[columns] = ub;
        cost[columns] = objective;
        integer[columns] = isInteger;
        return columns++;
    }

    int addRow(double lb, double ub) {
        if (counting) {
            return rows++;
        }
        if (rows == rowLower.length) {
            rowLower = Arrays.copyOf(rowLower, rows * 2);
            rowUpper = Arrays.copyOf(rowUpper, rows * 2);
        }
        rowLower[rows] = lb;
        rowUpper[rows] = ub;
        return rows++;
    }

    void setRowBounds(int row, double lb, double ub) {
        if (counting) {
            return;
        }
        rowLower[row] = lb;
        rowUpper[row] = ub;
    }

    double rowLower(int row) {
        return rowLower[row];
    }

    double rowUpperOf(int row) {
        return counting ? 0 : rowUpper[row];
    }

    void addTerm(int row, int column, double value) {
        if (counting) {
            terms++;
            return;
        }
        if (terms == termRow.length) {
            int n = (int) Math.min(Integer.MAX_VALUE - 8, terms * 2);
            termRow = Arrays.copyOf(termRow, n);
            termColumn = Arrays.copyOf(termColumn, n);
            termValue = Arrays.copyOf(termValue, n);
        }
        int t = (int) terms++;
        termRow[t] = row;
        termColumn[t] = column;
        termValue[t] = value;
    }

    void addObjectiveOffset(double value) {
        objectiveOffset += value;
    }

    double objectiveOffset() {
        return objectiveOffset;
    }

    int variables() {
        return columns;
    }

    int constraints() {
        return rows;
    }

    long nonZeros() {
        return terms;
    }

    ModelBuilder toModelBuilder() {
        if (counting) {
            throw new IllegalStateException("a counting model has no coefficients to solve");
        }
        ModelBuilder model = new ModelBuilder();
        ModelBuilderHelper helper = model.getHelper();
        for (int j = 0; j < columns; j++) {
            int v = helper.addVar();
            helper.setVarLowerBound(v, lower[j]);
            helper.setVarUpperBound(v, upper[j]);
            if (integer[j]) {
                helper.setVarIntegrality(v, true);
            }
            if (cost[j] != 0) {
                helper.setVarObjectiveCoefficient(v, cost[j]);
            }
        }
        for (int i = 0; i < rows; i++) {
            int c = helper.addLinearConstraint();
            helper.setConstraintLowerBound(c, rowLower[i]);
            helper.setConstraintUpperBound(c, rowUpper[i]);
        }
        for (int t = 0; t < terms; t++) {
            helper.addConstraintTerm(termRow[t], termColumn[t], termValue[t]);
        }
        return model;
    }
}
