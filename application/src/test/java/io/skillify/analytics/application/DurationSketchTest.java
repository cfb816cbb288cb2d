package io.skillify.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DurationSketchTest {

    @Test
    void quantilesOfMergedSketchesAreWithinTheRelativeAccuracy() {
        DurationSketch first = DurationSketch.empty();
        DurationSketch second = DurationSketch.empty();
        for (int ms = 1; ms <= 1000; ms++) {
            (ms % 2 == 0 ? first : second).add(ms);
        }

        DurationSketch merged = DurationSketch.fromBytes(first.toBytes()).merge(DurationSketch.fromBytes(second.toBytes()));

        assertThat(merged.count()).isEqualTo(1000);
        assertThat(merged.quantile(0.95)).isCloseTo(950, within(950 * DurationSketch.RELATIVE_ACCURACY + 1));
        assertThat(merged.quantile(0.5)).isCloseTo(500, within(500 * DurationSketch.RELATIVE_ACCURACY + 1));
    }

    @Test
    void anEmptySketchHasNoDurations() {
        assertThat(DurationSketch.fromBytes(DurationSketch.empty().toBytes()).count()).isZero();
    }
}
