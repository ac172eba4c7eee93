package no.samskap.gateway.shell.dashboard;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PercentilesTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
        assertEquals(3.0, Percentiles.of(new double[] {5, 1, 3, 4, 2}, 0.5).getAsDouble());
    }

    @Test
    void theMedianOfAnEvenCountLiesHalfwayBetweenTheTwoMiddleValues() {
        assertEquals(2.5, Percentiles.of(new double[] {4, 1, 3, 2}, 0.5).getAsDouble());
    }

    @Test
    void theNinetiethPercentileInterpolatesBetweenTheClosestRanksAsPostgresPercentileContDoes() {
        // percentile_cont(0.9) within group (order by v) over 1..10 is 9.1
        assertEquals(9.1, Percentiles.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 0.9).getAsDouble(), 1e-9);
    }

    @Test
    void oneValueIsEveryPercentileOfItself() {
        assertEquals(7.0, Percentiles.of(new double[] {7}, 0.5).getAsDouble());
        assertEquals(7.0, Percentiles.of(new double[] {7}, 0.9).getAsDouble());
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertTrue(Percentiles.of(new double[0], 0.5).isEmpty());
    }

    @Test
    void theExtremesAreTheSmallestAndTheLargestValue() {
        assertEquals(1.0, Percentiles.of(new double[] {3, 1, 2}, 0).getAsDouble());
        assertEquals(3.0, Percentiles.of(new double[] {3, 1, 2}, 1).getAsDouble());
    }

    @Test
    void refusesAFractionOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1}, 90));
    }

    @Test
    void leavesTheCallersValuesInTheirOrder() {
        var values = new double[] {3, 1, 2};
        Percentiles.of(values, 0.5);
        assertEquals(3.0, values[0]);
    }
}
