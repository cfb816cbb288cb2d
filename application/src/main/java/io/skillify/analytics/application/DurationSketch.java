package io.skillify.analytics.application;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Durations in milliseconds as a mergeable DDSketch (relative accuracy 1 %): the {@code duration_sketch} of the
 * analytics aggregates, in DDSketch's own binary encoding ({@code encode}/{@code decode}). Quantiles of merged sketches are those of all their durations, within that accuracy.
 */
public final class DurationSketch {

    public static final double RELATIVE_ACCURACY = 0.01;

    private final DDSketch sketch;

    private DurationSketch(DDSketch sketch) {
        this.sketch = sketch;
    }

    public static DurationSketch empty() {
        return new DurationSketch(DDSketches.unboundedDense(RELATIVE_ACCURACY));
    }

    public static DurationSketch fromBytes(byte[] bytes) {
        try {
            return new DurationSketch(DDSketch.decode(ByteArrayInput.wrap(bytes), UnboundedSizeDenseStore::new));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("unreadable duration sketch", unreadable);
        }
    }

    public DurationSketch add(double durationMs) {
        sketch.accept(Math.max(0, durationMs));
        return this;
    }

    /** Adds the other's durations to this one's. */
    public DurationSketch merge(DurationSketch other) {
        sketch.mergeWith(other.sketch);
        return this;
    }

    /** The duration at quantile {@code q} (0..1), or 0 when the sketch is empty. */
    public double quantile(double q) {
        return sketch.isEmpty() ? 0 : sketch.getValueAtQuantile(q);
    }

    public long count() {
        return Math.round(sketch.getCount());
    }

    public byte[] toBytes() {
        GrowingByteArrayOutput output = GrowingByteArrayOutput.withDefaultInitialCapacity();
        try {
            sketch.encode(output, false);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return output.trimmedCopy();
    }
}
