package io.skillify.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DurationSketchTest {

    @Test
    void quantilesAreWithinTheDocumentedRelativeError() {
        List<Long> durations = LongStream.rangeClosed(1, 10_000).boxed().toList();

        DurationSketch sketch = DurationSketch.of(durations);

        assertThat(sketch.count()).isEqualTo(10_000);
        assertThat(sketch.quantile(0.95)).isCloseTo(9_500, within(9_500 * DurationSketch.RELATIVE_ACCURACY));
        assertThat(sketch.quantile(0.5)).isCloseTo(5_000, within(5_000 * DurationSketch.RELATIVE_ACCURACY));
    }

    @Test
    void mergedSketchesAnswerAsOneSketchOfAllTheValues() {
        Random random = new Random(7);
        List<Long> all = new ArrayList<>();
        DurationSketch merged = DurationSketch.empty();
        for (int part = 0; part < 20; part++) {
            List<Long> values = random.longs(500, 1, 60_000).boxed().toList();
            all.addAll(values);
            merged.merge(DurationSketch.of(values));
        }

        DurationSketch whole = DurationSketch.of(all);

        assertThat(merged.count()).isEqualTo(10_000);
        assertThat(merged.quantile(0.95)).isEqualTo(whole.quantile(0.95));
        long exact = all.stream().sorted().toList().get((int) Math.ceil(0.95 * all.size()) - 1);
        assertThat(merged.quantile(0.95)).isCloseTo(exact, within(exact * DurationSketch.RELATIVE_ACCURACY));
    }

    @Test
    void aSketchSurvivesItsBytes() {
        DurationSketch sketch = DurationSketch.of(List.of(0L, 5L, 250L, 3_600_000L));

        DurationSketch read = DurationSketch.fromBytes(sketch.toBytes());

        assertThat(read.count()).isEqualTo(4);
        assertThat(read.quantile(0.0)).isEqualTo(sketch.quantile(0.0));
        assertThat(read.quantile(1.0)).isEqualTo(sketch.quantile(1.0));
        assertThat(read.toBytes()).isEqualTo(sketch.toBytes());
    }

    @Test
    void noBytesMeanAnEmptySketchWithNoQuantile() {
        assertThat(DurationSketch.fromBytes(null).count()).isZero();
        assertThat(DurationSketch.fromBytes(new byte[0]).quantile(0.95)).isNull();
    }

    @Test
    void unreadableBytesAreRefused() {
        assertThatThrownBy(() -> DurationSketch.fromBytes(new byte[] {(byte) 0xff, (byte) 0xff, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedBytesMergeStraightIntoASketch() {
        DurationSketch merged = DurationSketch.of(List.of(10L, 20L));

        merged.mergeBytes(DurationSketch.of(List.of(30L, 4_000L)).toBytes()).mergeBytes(null);

        assertThat(merged.count()).isEqualTo(4);
        assertThat(merged.toBytes()).isEqualTo(DurationSketch.of(List.of(10L, 20L, 30L, 4_000L)).toBytes());
        assertThatThrownBy(() -> merged.mergeBytes(new byte[] {(byte) 0xff, (byte) 0xff, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
