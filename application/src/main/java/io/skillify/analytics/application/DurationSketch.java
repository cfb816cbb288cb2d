package io.skillify.analytics.application;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A mergeable sketch of durations in milliseconds (DDSketch, 1 % relative accuracy): quantiles of any union of
 * 15-minute aggregates are read by merging their sketches. Stored in DDSketch's own compact encoding
 * ({@code encode}/{@code decode}, index mapping included; not the protobuf form of {@code serialize()}).
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
        } catch (IOException malformed) {
            throw new UncheckedIOException("unreadable duration sketch", malformed);
        }
    }

    public DurationSketch add(long durationMs) {
        sketch.accept(Math.max(0, durationMs));
        return this;
    }

    /** Adds {@code other}'s durations to this sketch (this one changes; {@code other} does not). */
    public DurationSketch merge(DurationSketch other) {
        sketch.mergeWith(other.sketch);
        return this;
    }

    /** The duration at quantile {@code q} (0–1), within 1 % of the true value; 0 when empty. */
    public double quantile(double q) {
        return sketch.getCount() == 0 ? 0 : sketch.getValueAtQuantile(q);
    }

    public long count() {
        return Math.round(sketch.getCount());
    }

    public byte[] toBytes() {
        GrowingByteArrayOutput output = GrowingByteArrayOutput.withDefaultInitialCapacity();
        try {
            sketch.encode(output, false);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return output.trimmedCopy();
    }
}
