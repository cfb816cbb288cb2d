package skillify.worker;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations written as ISO-8601 ({@code PT5S}) or as a number with a unit ({@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}). */
final class Durations {

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    static Duration parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
            try {
                return Duration.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw notADuration(text);
            }
        }
        Matcher matcher = NUMBER_WITH_UNIT.matcher(trimmed);
        if (!matcher.matches()) {
            throw notADuration(text);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** The shortest exact form: {@code 30s}, {@code 1500ms}, {@code 2m}. */
    static String format(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds != 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    private static IllegalArgumentException notADuration(String text) {
        return new IllegalArgumentException(
                "'" + text + "' is not a duration (write e.g. 500ms, 5s, 2m, 1h or ISO-8601 PT5S)");
    }
}
