package io.skillify.analytics.application;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * A mergeable summary of durations in milliseconds: DDSketch with a relative accuracy of 1 %, so any quantile it
 * answers is within 1 % of a value actually seen at that rank (ADR 0017). Stored as DDSketch's own binary encoding
 * ({@code encode}/{@code decodeAndMergeWith}: no protobuf needed), in {@code duration_sketch}.
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

    public static DurationSketch of(Collection<Long> durationsMs) {
        DurationSketch sketch = empty();
        durationsMs.forEach(sketch::add);
        return sketch;
    }

    /** The sketch stored as {@code bytes}; an empty one for null or no bytes. */
    public static DurationSketch fromBytes(byte[] bytes) {
        return empty().mergeBytes(bytes);
    }

    /**
     * Adds the values of the sketch stored as {@code bytes} to this one (in place, decoded straight into it: no
     * intermediate sketch) and returns this; null or no bytes add nothing. Unreadable bytes are refused, and may
     * have added part of their values.
     */
    public DurationSketch mergeBytes(byte[] bytes) {
        if (bytes != null && bytes.length > 0) {
            try {
                sketch.decodeAndMergeWith(ByteArrayInput.wrap(bytes));
            } catch (IOException | RuntimeException unreadable) {
                throw new IllegalArgumentException("stored duration sketch is unreadable", unreadable);
            }
        }
        return this;
    }

    public DurationSketch add(long durationMs) {
        sketch.accept(Math.max(0, durationMs));
        return this;
    }

    /** Adds {@code other}'s values to this one (in place) and returns this. */
    public DurationSketch merge(DurationSketch other) {
        sketch.mergeWith(other.sketch);
        return this;
    }

    public long count() {
        return Math.round(sketch.getCount());
    }

    /** The duration at {@code quantile} (0…1), within {@link #RELATIVE_ACCURACY}; null when the sketch is empty. */
    public Double quantile(double quantile) {
        return sketch.isEmpty() ? null : sketch.getValueAtQuantile(quantile);
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
