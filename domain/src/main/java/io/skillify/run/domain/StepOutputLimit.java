package io.skillify.run.domain;

import io.skillify.shared.domain.json.JsonDepth;
import io.skillify.shared.domain.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The most a step may put out: {@code maxBytes} of compact UTF-8 JSON, nested at most {@link JsonDepth#MAX} levels,
 * holding only text PostgreSQL can store ({@link UnstorableOutput}).
 */
public record StepOutputLimit(long maxBytes) {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    public StepOutputLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the step output limit must be positive");
        }
    }

    /** Why {@code output} may not be a step's output, or empty when it may. */
    public Optional<String> violation(JsonValue output) {
        if (output == null) {
            return Optional.empty();
        }
        Optional<String> tooDeep = JsonDepth.beyondLimit(output);
        if (tooDeep.isPresent()) {
            return Optional.of("output " + (tooDeep.get().isEmpty() ? "" : "at " + tooDeep.get() + " ")
                    + JsonDepth.TOO_DEEP);
        }
        long size = output.utf8Length();
        if (size > maxBytes) {
            return Optional.of("output of " + describe(size) + " exceeds the " + describe(maxBytes) + " limit");
        }
        return UnstorableOutput.violation(output);
    }

    /** A size as people read it: {@code 3.2 MB}, {@code 1 MB}, {@code 512 KB}, {@code 100 bytes} (1 KB = 1024 bytes). */
    static String describe(long bytes) {
        if (bytes >= MB) {
            return inUnit(bytes, MB) + " MB";
        }
        if (bytes >= KB) {
            return inUnit(bytes, KB) + " KB";
        }
        return bytes + " bytes";
    }

    private static String inUnit(long bytes, long unit) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
