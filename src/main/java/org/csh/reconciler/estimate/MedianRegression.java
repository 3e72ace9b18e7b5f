package org.csh.reconciler.estimate;

import java.util.Arrays;

/**
 * A least-absolute-deviation (median, quantile 0.5) linear regression with L2 shrinkage: the coefficients that
 * minimise {@code sum |y - b0 - b.x| + (lambda / 2) |b|^2} over features standardised on the training rows, found by
 * iteratively reweighted least squares. Its answer estimates the median of {@code y} for rows like {@code x}, which is
 * what minimises the mean absolute error; with no signal in the features the shrinkage leaves the coefficients near
 * zero and the answer near the plain median. Deterministic: same rows, same coefficients.
 */
final class MedianRegression {

    /** Weights residuals no smaller than this, so that rows fitted exactly do not dominate a step. */
    private static final double MIN_RESIDUAL = 1e-3;
    private static final int MAX_ITERATIONS = 60;
    /** IRLS nears the least absolute deviation slowly; a step that gains less than this share of it ends the fit. */
    private static final double TOLERANCE = 1e-4;

    private final double intercept;
    private final double[] coefficients;
    private final double[] means;
    private final double[] scales;

    private MedianRegression(double intercept, double[] coefficients, double[] means, double[] scales) {
        this.intercept = intercept;
        this.coefficients = coefficients;
        this.means = means;
        this.scales = scales;
    }

    /**
     * @param x      one row of features per item
     * @param y      what to predict, one per row
     * @param lambda the L2 shrinkage on the standardised coefficients (the intercept is not shrunk)
     */
    static MedianRegression fit(double[][] x, double[] y, double lambda) {
        int n = y.length;
        int p = n == 0 ? 0 : x[0].length;
        double[] means = new double[p];
        double[] scales = new double[p];
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= Math.max(1, n);
            double variance = 0;
            for (double[] row : x) {
                variance += (row[j] - mean) * (row[j] - mean);
            }
            means[j] = mean;
            scales[j] = Math.sqrt(variance / Math.max(1, n));
        }
        double[][] z = new double[n][p + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < p; j++) {
                z[i][j + 1] = scales[j] == 0 ? 0 : (x[i][j] - means[j]) / scales[j];
            }
        }
        double[] beta = new double[p + 1];
        beta[0] = n == 0 ? 0 : median(y);
        double previous = Double.POSITIVE_INFINITY;
        double bestObjective = Double.POSITIVE_INFINITY;
        double[] best = beta;
        for (int iteration = 0; iteration < MAX_ITERATIONS && n > 0; iteration++) {
            double[][] a = new double[p + 1][p + 1];
            double[] b = new double[p + 1];
            double objective = 0;
            for (int j = 1; j <= p; j++) {
                objective += lambda / 2 * beta[j] * beta[j];
            }
            for (int i = 0; i < n; i++) {
                double residual = Math.abs(y[i] - dot(beta, z[i]));
                objective += residual;
                // the first step is least squares: from the median itself, the items exactly at it (many, where
                // efforts are a few round values) would weigh so much that the fit could hardly leave it
                double w = iteration == 0 ? 1 : 1 / Math.max(MIN_RESIDUAL, residual);
                double[] zi = z[i];
                for (int j = 0; j <= p; j++) {
                    double wz = w * zi[j];
                    b[j] += wz * y[i];
                    double[] aj = a[j];
                    for (int k = 0; k <= j; k++) {
                        aj[k] += wz * zi[k];
                    }
                }
            }
            if (objective < bestObjective) {
                bestObjective = objective;
                best = beta;
            }
            // stop once a reweighted step gains less than a part in TOLERANCE (the least-squares step may lose)
            if (iteration > 1 && previous - objective < TOLERANCE * objective) {
                break;
            }
            previous = objective;
            for (int j = 0; j <= p; j++) {
                for (int k = 0; k < j; k++) {
                    a[k][j] = a[j][k];
                }
                if (j > 0) {
                    a[j][j] += lambda + (scales[j - 1] == 0 ? 1 : 0);
                }
            }
            beta = solve(a, b);
        }
        beta = best;
        double[] coefficients = new double[p];
        for (int j = 0; j < p; j++) {
            coefficients[j] = scales[j] == 0 ? 0 : beta[j + 1] / scales[j];
        }
        return new MedianRegression(beta[0], coefficients, means, scales);
    }

    /** The prediction for one row of features. */
    double predict(double[] x) {
        double sum = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            sum += coefficients[j] * (x[j] - means[j]);
        }
        return sum;
    }

    /** What feature {@code j} adds to the prediction for this row, against a row of average features. */
    double contribution(double[] x, int j) {
        return coefficients[j] * (x[j] - means[j]);
    }

    /** The prediction for a row of average features. */
    double intercept() {
        return intercept;
    }

    double[] coefficients() {
        return coefficients.clone();
    }

    private static double dot(double[] beta, double[] z) {
        double sum = 0;
        for (int j = 0; j < beta.length; j++) {
            sum += beta[j] * z[j];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the systems are a handful of rows. */
    private static double[] solve(double[][] a, double[] b) {
        int m = b.length;
        double[][] m2 = new double[m][];
        for (int i = 0; i < m; i++) {
            m2[i] = Arrays.copyOf(a[i], m + 1);
            m2[i][m] = b[i];
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(m2[r][col]) > Math.abs(m2[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m2[col];
            m2[col] = m2[pivot];
            m2[pivot] = swap;
            if (m2[col][col] == 0) {
                continue;
            }
            for (int r = col + 1; r < m; r++) {
                double f = m2[r][col] / m2[col][col];
                for (int c = col; c <= m; c++) {
                    m2[r][c] -= f * m2[col][c];
                }
            }
        }
        double[] x = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double sum = m2[r][m];
            for (int c = r + 1; c < m; c++) {
                sum -= m2[r][c] * x[c];
            }
            x[r] = m2[r][r] == 0 ? 0 : sum / m2[r][r];
        }
        return x;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
