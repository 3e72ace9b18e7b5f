package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MedianRegressionTest {

    @Test
    void withFeaturesThatSayNothingTheAnswerIsTheMedian() {
        double[][] x = {{1}, {1}, {1}, {1}, {1}};
        double[] y = {1, 2, 3, 10, 100};

        MedianRegression fit = MedianRegression.fit(x, y, 1);

        assertThat(fit.predict(new double[] {1})).isCloseTo(3, within(1e-3));
        assertThat(fit.predict(new double[] {7})).isCloseTo(3, within(1e-3));
    }

    @Test
    void followsTheMedianLineWhereALeastSquaresLineWouldChaseAnOutlier() {
        double[][] x = new double[21][];
        double[] y = new double[21];
        for (int i = 0; i < 21; i++) {
            x[i] = new double[] {i};
            y[i] = 2 * i + 1;
        }
        y[20] = 400; // one item that took far longer than its size says

        MedianRegression fit = MedianRegression.fit(x, y, 0);

        assertThat(fit.coefficients()[0]).isCloseTo(2, within(0.01));
        assertThat(fit.predict(new double[] {30})).isCloseTo(61, within(0.5));
    }

    @Test
    void shrinkageDrawsTheAnswerTowardTheMedian() {
        double[][] x = {{0}, {1}, {2}, {3}, {4}};
        double[] y = {1, 2, 3, 4, 5};

        double loose = MedianRegression.fit(x, y, 0).coefficients()[0];
        double shrunk = MedianRegression.fit(x, y, 1_000).coefficients()[0];

        assertThat(loose).isCloseTo(1, within(0.01));
        assertThat(shrunk).isBetween(0.0, 0.05);
        assertThat(MedianRegression.fit(x, y, 1_000).predict(new double[] {4})).isCloseTo(3, within(0.2));
    }

    @Test
    void theSameRowsGiveTheSameCoefficients() {
        double[][] x = {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {4, 1}, {5, 1}};
        double[] y = {1, 3, 2, 5, 4, 7};

        assertThat(MedianRegression.fit(x, y, 1).coefficients()).containsExactly(MedianRegression.fit(x, y, 1).coefficients());
    }
}
