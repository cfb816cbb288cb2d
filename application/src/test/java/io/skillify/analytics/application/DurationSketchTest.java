package io.skillify.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DurationSketchTest {

    @Test
    void mergedSketchesReadBackFromBytesGiveTheQuantilesOfAllDurationsWithinOnePercent() {
        DurationSketch low = DurationSketch.empty();
        DurationSketch high = DurationSketch.empty();
        for (int ms = 1; ms <= 500; ms++) {
            low.add(ms);
            high.add(500 + ms);
        }

        DurationSketch merged = DurationSketch.fromBytes(low.toBytes()).merge(DurationSketch.fromBytes(high.toBytes()));

        assertThat(merged.count()).isEqualTo(1000);
        assertThat(merged.quantile(0.95)).isCloseTo(950, within(950 * DurationSketch.RELATIVE_ACCURACY));
        assertThat(merged.quantile(0.5)).isCloseTo(500, within(500 * DurationSketch.RELATIVE_ACCURACY));
        assertThat(DurationSketch.empty().quantile(0.95)).isZero();
    }
}
